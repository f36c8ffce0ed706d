<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppSettings</name>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>remote unreachable</source>
        <translation>remoto inaccesible</translation>
    </message>
    <message>
        <source>refused by remote</source>
        <translation>rechazado por el remoto</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>%n no entregable</numerusform>
            <numerusform>%n no entregables</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1 s</source>
        <translation>próximo intento en %1 s</translation>
    </message>
</context>
<context>
    <name>BridgeLog</name>
    <message>
        <source>bridge %1: %2</source>
        <translation>puente %1: %2</translation>
    </message>
    <message>
        <source>bridge %1 removed</source>
        <translation>puente %1 eliminado</translation>
    </message>
</context>
<context>
    <name>Fernet</name>
    <message>
        <source>The key is not a valid Fernet key (the url-safe base64 of 32 bytes).</source>
        <translation>La clave no es una clave Fernet válida (base64 apta para URL de 32 bytes).</translation>
    </message>
    <message>
        <source>The data is not a valid Fernet token.</source>
        <translation>Los datos no son un token Fernet válido.</translation>
    </message>
    <message>
        <source>The key is wrong or the encrypted data has been tampered with.</source>
        <translation>La clave es incorrecta o los datos cifrados han sido manipulados.</translation>
    </message>
    <message>
        <source>The encrypted data has expired or is dated too far in the future.</source>
        <translation>Los datos cifrados han caducado o tienen una fecha demasiado lejana en el futuro.</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>%1 is a folder; drop files instead.</source>
        <translation>%1 es una carpeta; suelte archivos en su lugar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; at most %3 can be pushed.</source>
        <translation>%1 ocupa %2; se pueden enviar como máximo %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The relay could not write to its disk; nothing was stored.</source>
        <translation>El relay no pudo escribir en su disco; no se guardó nada.</translation>
    </message>
    <message>
        <source>The request did not arrive in full within %1 seconds.</source>
        <translation>La petición no llegó completa en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation>El puerto %1 en %2 ya lo usa otro programa.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>The relay is shutting down.</source>
        <translation>El relay se está cerrando.</translation>
    </message>
    <message>
        <source>The relay is paused; try again once it is resumed.</source>
        <translation>El relay está en pausa; vuelva a intentarlo cuando se reanude.</translation>
    </message>
    <message>
        <source>The relay has %1 open connections, its limit (--max-connections); try again later.</source>
        <translation>El relay tiene %1 conexiones abiertas, su límite (--max-connections); inténtelo más tarde.</translation>
    </message>
    <message>
        <source>This address has %1 open connections, the limit per address (--max-connections-per-peer); try again later.</source>
        <translation>Esta dirección tiene %1 conexiones abiertas, el límite por dirección (--max-connections-per-peer); inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot open the bridge queue %1: %2</source>
        <translation>No se puede abrir la cola del puente %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the bridge queue %1: %2</source>
        <translation>No se puede preparar la cola del puente %1: %2</translation>
    </message>
    <message>
        <source>The bridge queue is full (%1 payloads, %2 MB) while the remote relay is unreachable; nothing was dropped to make room.</source>
        <translation>La cola del puente está llena (%1 cargas, %2 MB) mientras el relay remoto está inaccesible; no se descartó nada para hacer sitio.</translation>
    </message>
    <message>
        <source>The bridge queue could not be written: %1</source>
        <translation>No se pudo escribir la cola del puente: %1</translation>
    </message>
</context>
<context>
    <name>PayloadKind</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binario</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>ok (%1 ms)</source>
        <translation>OK (%1 ms)</translation>
    </message>
    <message>
        <source>401: the API key is invalid or missing</source>
        <translation>401: la clave de API no es válida o falta</translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay</source>
        <translation>402: cuota superada en el relay remoto</translation>
    </message>
    <message>
        <source>429: too many requests; try again later</source>
        <translation>429: demasiadas peticiones; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>The keychain holds no API key for this remote.</source>
        <translation>El llavero no contiene ninguna clave de API para este remoto.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the key cannot be stored or read safely.</source>
        <translation>El llavero está bloqueado o denegó el acceso, así que la clave no se puede guardar ni leer de forma segura.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; is it waiting to be unlocked?</source>
        <translation>El llavero no respondió en %1 s; ¿está esperando a que se desbloquee?</translation>
    </message>
</context>
<context>
    <name>Relay::App</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>No se puede leer el archivo de claves de API %1: %2</translation>
    </message>
    <message>
        <source>A local ContextRelay relay: agents hand each other large payloads by URL.</source>
        <translation>Un relay local de ContextRelay: los agentes se pasan cargas grandes mediante una URL.</translation>
    </message>
    <message>
        <source>Run the relay without a window or tray icon.</source>
        <translation>Ejecutar el relay sin ventana ni icono en la bandeja.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Puerto en el que escuchar (0 elige uno libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Address to listen on instead of loopback; may be repeated. Anything but loopback requires an API key (&apos;keys create&apos; or --api-key-file).</source>
        <translation>Dirección en la que escuchar en lugar de loopback; se puede repetir. Cualquier dirección que no sea loopback requiere una clave de API (&apos;keys create&apos; o --api-key-file).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Where payloads are stored.</source>
        <translation>Dónde se guardan las cargas.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Keep payloads in memory only; nothing survives a restart.</source>
        <translation>Mantener las cargas solo en memoria; nada sobrevive a un reinicio.</translation>
    </message>
    <message>
        <source>Largest payload accepted, in bytes (default 26214400).</source>
        <translation>Carga más grande aceptada, en bytes (predeterminado: 26214400).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Lifetime of a payload that does not ask for one, in seconds (default 86400).</source>
        <translation>Duración de una carga que no indica ninguna, en segundos (predeterminado: 86400).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Require one of the bearer tokens in this file (one per line).</source>
        <translation>Exigir uno de los tokens Bearer de este archivo (uno por línea).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Accept this name in the Host header too; may be repeated.</source>
        <translation>Aceptar también este nombre en la cabecera Host; se puede repetir.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Accept requests from this web origin; may be repeated.</source>
        <translation>Aceptar peticiones de este origen web; se puede repetir.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default %1).</source>
        <translation>Máximo de conexiones HTTP abiertas; las demás reciben 503 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Open HTTP connections from one address at most (default %1).</source>
        <translation>Máximo de conexiones HTTP abiertas desde una misma dirección (predeterminado: %1).</translation>
    </message>
    <message>
        <source>WebSocket subscribers at most; more get 503 (default %1).</source>
        <translation>Máximo de suscriptores WebSocket; los demás reciben 503 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>WebSocket subscribers on one channel at most (default %1).</source>
        <translation>Máximo de suscriptores WebSocket en un mismo canal (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Channels with subscribers or replay history at most (default %1).</source>
        <translation>Máximo de canales con suscriptores o historial de repetición (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Unsent bytes a subscriber may fall behind by before it is disconnected (default %1).</source>
        <translation>Bytes sin enviar que un suscriptor puede acumular de retraso antes de ser desconectado (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Payload bytes the store holds at most; pushes beyond get 507 (default %1, or %2 with --ephemeral).</source>
        <translation>Máximo de bytes de carga que guarda el almacén; los envíos que lo superen reciben 507 (predeterminado: %1, o %2 con --ephemeral).</translation>
    </message>
    <message>
        <source>Open the inspector at start.</source>
        <translation>Abrir el inspector al iniciar.</translation>
    </message>
    <message>
        <source>Select this payload in the inspector.</source>
        <translation>Seleccionar esta carga en el inspector.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Started at login.</source>
        <translation>Iniciado al abrir la sesión.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--listen needs an IP address, not &quot;%1&quot;.</source>
        <translation>--listen necesita una dirección IP, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-payload must be a number of bytes from 1 to 2147483648.</source>
        <translation>--max-payload debe ser un número de bytes entre 1 y 2147483648.</translation>
    </message>
    <message>
        <source>--default-ttl must be a number of seconds from %1 to %2.</source>
        <translation>--default-ttl debe ser un número de segundos entre %1 y %2.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>Open the inspector (of the app already running, or of the one starting).</source>
        <translation>Abre el inspector (de la aplicación ya en ejecución o de la que se está iniciando).</translation>
    </message>
    <message>
        <source>Push the clipboard to the relay and copy the pointer URL (in the app already running, or once this one has started).</source>
        <translation>Envía el portapapeles al relay y copia la URL de puntero (en la aplicación ya en ejecución o cuando esta se haya iniciado).</translation>
    </message>
</context>
<context>
    <name>Relay::App::AgentBridge</name>
    <message>
        <source>Listening for tasks on &quot;%1&quot;; results go to &quot;%2&quot;; agent pane: %3.</source>
        <translation>Escuchando tareas en &quot;%1&quot;; los resultados van a &quot;%2&quot;; panel del agente: %3.</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation>Se perdió la suscripción a &quot;%1&quot; (%2); reintento en %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Task received: %1 (%n waiting).</source>
        <translation>
            <numerusform>Tarea recibida: %1 (%n en espera).</numerusform>
            <numerusform>Tarea recibida: %1 (%n en espera).</numerusform>
        </translation>
    </message>
    <message>
        <source>Task received: %1</source>
        <translation>Tarea recibida: %1</translation>
    </message>
    <message>
        <source>Task %1: pulling it.</source>
        <translation>Tarea %1: obteniéndola.</translation>
    </message>
    <message>
        <source>Task %1: cannot pull it: %2</source>
        <translation>Tarea %1: no se puede obtener: %2</translation>
    </message>
    <message>
        <source>The task is not text; an agent in a terminal cannot take it.</source>
        <translation>La tarea no es texto; un agente en una terminal no puede recibirla.</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Tarea %1: %2</translation>
    </message>
    <message>
        <source>Task %1: cannot read the pane: %2</source>
        <translation>Tarea %1: no se puede leer el panel: %2</translation>
    </message>
    <message>
        <source>Task %1: cannot paste it into the pane: %2</source>
        <translation>Tarea %1: no se puede pegar en el panel: %2</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: pasted into %2 (%n character(s)); waiting up to %3 s for the outcome.</source>
        <translation>
            <numerusform>Tarea %1: pegada en %2 (%n carácter); esperando el resultado hasta %3 s.</numerusform>
            <numerusform>Tarea %1: pegada en %2 (%n caracteres); esperando el resultado hasta %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: the pane shows the task; watching for the outcome block.</source>
        <translation>Tarea %1: el panel muestra la tarea; vigilando el bloque de resultado.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: outcome found after %2 s (%n character(s)).</source>
        <translation>
            <numerusform>Tarea %1: resultado encontrado tras %2 s (%n carácter).</numerusform>
            <numerusform>Tarea %1: resultado encontrado tras %2 s (%n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: no outcome block within %2 s.</source>
        <translation>Tarea %1: ningún bloque de resultado en %2 s.</translation>
    </message>
    <message>
        <source>[ContextRelay bridge] The agent gave no outcome block within %1 s; above is what its pane showed after the task.</source>
        <translation>[Puente de ContextRelay] El agente no dio ningún bloque de resultado en %1 s; arriba está lo que mostraba su panel después de la tarea.</translation>
    </message>
    <message>
        <source>Task %1: cannot push the result (%2); trying again in %3 s.</source>
        <translation>Tarea %1: no se puede enviar el resultado (%2); nuevo intento en %3 s.</translation>
    </message>
    <message>
        <source>Task %1: cannot push the result: %2</source>
        <translation>Tarea %1: no se puede enviar el resultado: %2</translation>
    </message>
    <message>
        <source>Task %1: %2; result pushed to &quot;%3&quot;: %4</source>
        <translation>Tarea %1: %2; resultado enviado a &quot;%3&quot;: %4</translation>
    </message>
</context>
<context>
    <name>Relay::App::GuiApp</name>
    <message>
        <source>Pushed %1; the URL is on the clipboard.</source>
        <translation>Se envió %1; la URL está en el portapapeles.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1); their URLs are on the clipboard.</source>
        <translation>
            <numerusform>Se envió %n archivo (%1); su URL está en el portapapeles.</numerusform>
            <numerusform>Se enviaron %n archivos (%1); sus URL están en el portapapeles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted here: the key is only in the URL.</source>
        <translation>Cifrado aquí: la clave solo está en la URL.</translation>
    </message>
    <message>
        <source>Clipboard pushed</source>
        <translation>Portapapeles enviado</translation>
    </message>
    <message>
        <source>Clipboard pulled</source>
        <translation>Portapapeles obtenido</translation>
    </message>
    <message>
        <source>Pulled %1; the payload is on the clipboard.</source>
        <translation>Se obtuvo %1; la carga está en el portapapeles.</translation>
    </message>
    <message>
        <source>Pulled %1 and saved it as %2; the file is on the clipboard.</source>
        <translation>Se obtuvo %1 y se guardó como %2; el archivo está en el portapapeles.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Pushed %1 to %2; the URL is on the clipboard.</source>
        <translation>Se envió %1 a %2; la URL está en el portapapeles.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1) to %2; their URLs are on the clipboard.</source>
        <translation>
            <numerusform>Se envió %n archivo (%1) a %2; su URL está en el portapapeles.</numerusform>
            <numerusform>Se enviaron %n archivos (%1) a %2; sus URL están en el portapapeles.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Sin bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so the inspector is ContextRelay Desktop&apos;s main window: closing it stops the relay and quits.</source>
        <translation>Este escritorio no muestra bandeja del sistema, así que el inspector es la ventana principal de ContextRelay Desktop: al cerrarlo se detiene el relay y se sale.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Relay URL copied</source>
        <translation>URL del relay copiada</translation>
    </message>
    <message>
        <source>&lt;an API key from Settings&gt;</source>
        <translation>&lt;una clave de API de Configuración&gt;</translation>
    </message>
    <message>
        <source>MCP config copied</source>
        <translation>Configuración MCP copiada</translation>
    </message>
    <message>
        <source>Paste it into claude_desktop_config.json, .cursor/mcp.json or your MCP client&apos;s settings.</source>
        <translation>Péguela en claude_desktop_config.json, .cursor/mcp.json o en la configuración de su cliente MCP.</translation>
    </message>
</context>
<context>
    <name>Relay::App::McpServer</name>
    <message>
        <source>The argument &quot;%1&quot; is required.</source>
        <translation>El argumento &quot;%1&quot; es obligatorio.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a string.</source>
        <translation>El argumento &quot;%1&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must not be empty.</source>
        <translation>El argumento &quot;%1&quot; no puede estar vacío.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be true or false.</source>
        <translation>El argumento &quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a number.</source>
        <translation>El argumento &quot;%1&quot; debe ser un número.</translation>
    </message>
    <message>
        <source>Parse error: a message is longer than %1 MiB; it was skipped.</source>
        <translation>Error de análisis: un mensaje supera %1 MiB; se omitió.</translation>
    </message>
    <message>
        <source>The wait was cancelled: the client closed the connection.</source>
        <translation>Se canceló la espera: el cliente cerró la conexión.</translation>
    </message>
    <message>
        <source>Invalid request: a message must be a JSON object.</source>
        <translation>Petición no válida: un mensaje debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Parse error: %1 at offset %2.</source>
        <translation>Error de análisis: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>Invalid request: the batch is empty.</source>
        <translation>Petición no válida: el lote está vacío.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;method&quot; must be a string.</source>
        <translation>Petición no válida: &quot;method&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;id&quot; must be a string or a number.</source>
        <translation>Petición no válida: &quot;id&quot; debe ser una cadena o un número.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation>Petición no válida: &quot;jsonrpc&quot; debe ser &quot;2.0&quot;.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;params&quot; must be an object.</source>
        <translation>Parámetros no válidos: &quot;params&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;protocolVersion&quot; must be a string.</source>
        <translation>Parámetros no válidos: &quot;protocolVersion&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <source>Invalid params: tools/call needs the tool&apos;s &quot;name&quot;.</source>
        <translation>Parámetros no válidos: tools/call necesita el &quot;name&quot; de la herramienta.</translation>
    </message>
    <message>
        <source>Unknown tool: %1.</source>
        <translation>Herramienta desconocida: %1.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;arguments&quot; must be an object.</source>
        <translation>Parámetros no válidos: &quot;arguments&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>Invalid request: the id is already used by a request in progress.</source>
        <translation>Petición no válida: el id ya lo usa una petición en curso.</translation>
    </message>
    <message>
        <source>Method not found: %1.</source>
        <translation>Método no encontrado: %1.</translation>
    </message>
    <message>
        <source>Could not push the context: %1</source>
        <translation>No se pudo enviar el contexto: %1</translation>
    </message>
    <message>
        <source>Could not peek at the context: %1</source>
        <translation>No se pudo consultar el contexto: %1</translation>
    </message>
    <message>
        <source>Could not pull the context: %1</source>
        <translation>No se pudo obtener el contexto: %1</translation>
    </message>
    <message numerus="yes">
        <source>The payload is binary (%n byte(s)) and cannot be shown as text. Save it with: contextrelay-desktop pull &apos;%1&apos; -o FILE</source>
        <translation>
            <numerusform>La carga es binaria (%n byte) y no se puede mostrar como texto. Guárdela con: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
            <numerusform>La carga es binaria (%n bytes) y no se puede mostrar como texto. Guárdela con: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
        </translation>
    </message>
    <message>
        <source>The argument &quot;timeout&quot; must be a positive number of seconds, at most %1.</source>
        <translation>El argumento &quot;timeout&quot; debe ser un número positivo de segundos, como máximo %1.</translation>
    </message>
    <message>
        <source>Could not wait on channel &quot;%1&quot;: cannot subscribe at %2 (%3). Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation>No se pudo esperar en el canal &quot;%1&quot;: no es posible suscribirse en %2 (%3). ¿Está en marcha el relay? Inícielo con &quot;contextrelay-desktop --headless&quot; o defina CONTEXTRELAY_URL con su dirección.</translation>
    </message>
    <message>
        <source>Nothing was pushed to channel &quot;%1&quot; within %2 seconds.</source>
        <translation>No se envió nada al canal &quot;%1&quot; en %2 segundos.</translation>
    </message>
    <message>
        <source>Subscribed to channel &quot;%1&quot;; waiting for a push.</source>
        <translation>Suscrito al canal &quot;%1&quot;; esperando un envío.</translation>
    </message>
    <message>
        <source>Still waiting on channel &quot;%1&quot;.</source>
        <translation>Todavía esperando en el canal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The argument &quot;message&quot; is required.</source>
        <translation>El argumento &quot;message&quot; es obligatorio.</translation>
    </message>
    <message>
        <source>Could not publish the signal: %1</source>
        <translation>No se pudo publicar la señal: %1</translation>
    </message>
    <message>
        <source>Delivered to 0 subscribers: nobody is listening on channel &quot;%1&quot;, and signals are not stored.</source>
        <translation>Entregada a 0 suscriptores: nadie escucha en el canal &quot;%1&quot; y las señales no se guardan.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n subscriber(s).</source>
        <translation>
            <numerusform>Entregada a %n suscriptor.</numerusform>
            <numerusform>Entregada a %n suscriptores.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation>%1 ¿Está en marcha el relay? Inícielo con &quot;contextrelay-desktop --headless&quot; o defina CONTEXTRELAY_URL con su dirección.</translation>
    </message>
</context>
<context>
    <name>Relay::App::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running but does not answer (%1).</source>
        <translation>ContextRelay Desktop ya está en marcha, pero no responde (%1).</translation>
    </message>
</context>
<context>
    <name>Relay::App::TmuxPane</name>
    <message>
        <source>%1 (tmux -L %2)</source>
        <translation>%1 (tmux -L %2)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>se cerró inesperadamente</translation>
    </message>
    <message>
        <source>tmux %1 failed: %2</source>
        <translation>tmux %1 falló: %2</translation>
    </message>
    <message>
        <source>Cannot run tmux: %1</source>
        <translation>No se puede ejecutar tmux: %1</translation>
    </message>
    <message>
        <source>tmux %1 did not finish within %2 s.</source>
        <translation>tmux %1 no terminó en %2 s.</translation>
    </message>
</context>
<context>
    <name>Relay::BridgeSettings</name>
    <message>
        <source>&quot;%1&quot; is not a channel name: 1 to 256 characters, no control characters.</source>
        <translation>&quot;%1&quot; no es un nombre de canal: de 1 a 256 caracteres, sin caracteres de control.</translation>
    </message>
    <message>
        <source>There is no remote profile named &quot;%1&quot;; add it first with &apos;remote add&apos;.</source>
        <translation>No hay ningún perfil remoto llamado &quot;%1&quot;; añádalo antes con &apos;remote add&apos;.</translation>
    </message>
    <message>
        <source>There is already a bridge between %1 and %2:%3 (id %4).</source>
        <translation>Ya existe un puente entre %1 y %2:%3 (id %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one bridge; give more of its id.</source>
        <translation>&quot;%1&quot; coincide con más de un puente; indique más caracteres de su id.</translation>
    </message>
    <message>
        <source>There is no bridge with id %1 (see &apos;bridge-channel list&apos;).</source>
        <translation>No hay ningún puente con el id %1 (consulte &apos;bridge-channel list&apos;).</translation>
    </message>
</context>
<context>
    <name>Relay::ChannelBridge</name>
    <message>
        <source>waiting for the keychain</source>
        <translation>esperando al llavero</translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key (subscribing to %1)</source>
        <translation>401: el relay remoto rechazó la clave de API (al suscribirse a %1)</translation>
    </message>
    <message>
        <source>cannot subscribe to %1: %2</source>
        <translation>no es posible suscribirse a %1: %2</translation>
    </message>
    <message>
        <source>payload %1 expired before the remote relay could take it</source>
        <translation>la carga %1 caducó antes de que el relay remoto pudiera recibirla</translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key</source>
        <translation>401: el relay remoto rechazó la clave de API</translation>
    </message>
    <message>
        <source>402: the remote relay&apos;s quota is exceeded</source>
        <translation>402: se superó la cuota del relay remoto</translation>
    </message>
    <message>
        <source>403: the remote relay refused the request (%1)</source>
        <translation>403: el relay remoto rechazó la petición (%1)</translation>
    </message>
    <message>
        <source>payload %1 (%2 bytes) refused by the remote relay: %3</source>
        <translation>el relay remoto rechazó la carga %1 (%2 bytes): %3</translation>
    </message>
    <message>
        <source>413, too large for it</source>
        <translation>413, demasiado grande para él</translation>
    </message>
    <message>
        <source>a pointer expired on the remote relay before it could be pulled</source>
        <translation>un puntero caducó en el relay remoto antes de poder obtenerlo</translation>
    </message>
</context>
<context>
    <name>Relay::ChannelHub</name>
    <message>
        <source>The relay is at its subscriber limit (%1, --max-subscribers); try again when one leaves.</source>
        <translation>El relay ha alcanzado su límite de suscriptores (%1, --max-subscribers); vuelva a intentarlo cuando se vaya alguno.</translation>
    </message>
    <message>
        <source>This channel is at its subscriber limit (%1, --max-subscribers-per-channel); try again when one leaves.</source>
        <translation>Este canal ha alcanzado su límite de suscriptores (%1, --max-subscribers-per-channel); vuelva a intentarlo cuando se vaya alguno.</translation>
    </message>
    <message>
        <source>The relay is at its channel limit (%1, --max-channels); use an existing channel or try later.</source>
        <translation>El relay ha alcanzado su límite de canales (%1, --max-channels); use un canal existente o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The relay is shutting down.</source>
        <translation>El relay se está cerrando.</translation>
    </message>
</context>
<context>
    <name>Relay::Cli</name>
    <message>
        <source>Relay base URL (default: $CONTEXTRELAY_URL, else http://127.0.0.1:8787).</source>
        <translation>URL base del relay (predeterminada: $CONTEXTRELAY_URL; si no, http://127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>API key sent as a bearer token (default: $CONTEXTRELAY_API_KEY).</source>
        <translation>Clave de API enviada como token Bearer (predeterminada: $CONTEXTRELAY_API_KEY).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Use the remote relay profile NAME (see &apos;contextrelay-desktop remote&apos;), with its API key from the keychain.</source>
        <translation>Usar el perfil de relay remoto NAME (consulte &apos;contextrelay-desktop remote&apos;), con su clave de API del llavero.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop %1 --help&apos;.</source>
        <translation>Pruebe &apos;contextrelay-desktop %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Falta un argumento.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Demasiados argumentos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>Push a file (or standard input) and print its pointer URL.</source>
        <translation>Envía un archivo (o la entrada estándar) y muestra su URL de puntero.</translation>
    </message>
    <message>
        <source>The file to push; &apos;-&apos; or nothing for standard input.</source>
        <translation>El archivo que se envía; &apos;-&apos; o nada para la entrada estándar.</translation>
    </message>
    <message>
        <source>Announce the pointer on this channel.</source>
        <translation>Anunciar el puntero en este canal.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>Lifetime in seconds (60 … 604800).</source>
        <translation>Duración en segundos (60 … 604800).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Delete after this many pulls.</source>
        <translation>Eliminar tras este número de obtenciones.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Encrypt locally; the key is only in the printed URL.</source>
        <translation>Cifrar localmente; la clave solo está en la URL mostrada.</translation>
    </message>
    <message>
        <source>--meta needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--meta necesita KEY=VALUE, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--ttl must be a number of seconds from 60 to 604800.</source>
        <translation>--ttl debe ser un número de segundos entre 60 y 604800.</translation>
    </message>
    <message>
        <source>--max-reads must be a whole number of at least 1.</source>
        <translation>--max-reads debe ser un número entero mayor o igual que 1.</translation>
    </message>
    <message>
        <source>Nothing to push: the input is empty.</source>
        <translation>Nada que enviar: la entrada está vacía.</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Subiendo… %1%</translation>
    </message>
    <message>
        <source>Print a payload (decrypted locally when the URL carries #key=). Binary payloads come back byte for byte.</source>
        <translation>Muestra una carga (descifrada localmente si la URL lleva #key=). Las cargas binarias se devuelven byte a byte.</translation>
    </message>
    <message>
        <source>The pointer URL.</source>
        <translation>La URL de puntero.</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>Escribir en este archivo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Print a payload&apos;s metadata as JSON, without fetching the payload.</source>
        <translation>Muestra los metadatos de una carga como JSON, sin descargar la carga.</translation>
    </message>
    <message>
        <source>Send a signal to a channel&apos;s subscribers without storing anything; prints how many got it.</source>
        <translation>Envía una señal a los suscriptores de un canal sin guardar nada; muestra cuántos la recibieron.</translation>
    </message>
    <message>
        <source>The channel.</source>
        <translation>El canal.</translation>
    </message>
    <message>
        <source>A JSON value, or text; &apos;-&apos; or nothing reads standard input.</source>
        <translation>Un valor JSON, o texto; &apos;-&apos; o nada lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Show the relay&apos;s version, uptime and what it holds.</source>
        <translation>Muestra la versión del relay, su tiempo activo y lo que contiene.</translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation>Mostrar el JSON sin procesar.</translation>
    </message>
    <message>
        <source>relay:       %1</source>
        <translation>relay:         %1</translation>
    </message>
    <message>
        <source>version:     %1</source>
        <translation>versión:       %1</translation>
    </message>
    <message>
        <source>uptime:      %1 s</source>
        <translation>tiempo activo: %1 s</translation>
    </message>
    <message>
        <source>payloads:    %1</source>
        <translation>cargas:        %1</translation>
    </message>
    <message>
        <source>bytes:       %1</source>
        <translation>bytes:         %1</translation>
    </message>
    <message>
        <source>channels:    %1</source>
        <translation>canales:       %1</translation>
    </message>
    <message>
        <source>subscribers: %1</source>
        <translation>suscriptores:  %1</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation>Se perdió la suscripción a &quot;%1&quot; (%2); reintento en %3 s.</translation>
    </message>
    <message>
        <source>Print one pointer URL per line as pushes arrive on a channel (or run a command for each). Reconnects by itself.</source>
        <translation>Muestra una URL de puntero por línea a medida que llegan envíos a un canal (o ejecuta un comando para cada una). Se reconecta solo.</translation>
    </message>
    <message>
        <source>First deliver the last N pointers (0 … 100).</source>
        <translation>Entregar primero los últimos N punteros (0 … 100).</translation>
    </message>
    <message>
        <source>Run this command with each URL as its last argument.</source>
        <translation>Ejecutar este comando con cada URL como último argumento.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>--replay must be a number from 0 to 100.</source>
        <translation>--replay debe ser un número entre 0 y 100.</translation>
    </message>
    <message>
        <source>Subscribed to &quot;%1&quot; on %2.</source>
        <translation>Suscrito a &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <source>Block until the next pointer arrives on a channel, print it and exit 0 (exit 3 on timeout).</source>
        <translation>Se bloquea hasta que llega el siguiente puntero a un canal, lo muestra y sale con código 0 (3 si se agota el tiempo).</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: never).</source>
        <translation>Desistir tras este número de segundos (predeterminado: nunca).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds.</source>
        <translation>--timeout debe ser un número de segundos.</translation>
    </message>
    <message>
        <source>Nothing arrived on &quot;%1&quot; within %2 s.</source>
        <translation>No llegó nada a &quot;%1&quot; en %2 s.</translation>
    </message>
    <message>
        <source>Serve the Model Context Protocol on standard input and output, for AI clients (Claude Desktop, Claude Code, Cursor, ...). Tools: push_context, peek_context, pull_context, wait_for_context, publish_signal.</source>
        <translation>Sirve el Model Context Protocol por la entrada y la salida estándar, para clientes de IA (Claude Desktop, Claude Code, Cursor, ...). Herramientas: push_context, peek_context, pull_context, wait_for_context, publish_signal.</translation>
    </message>
    <message>
        <source>Default timeout of wait_for_context when a call gives none (default: 300).</source>
        <translation>Tiempo de espera predeterminado de wait_for_context cuando una llamada no indica ninguno (predeterminado: 300).</translation>
    </message>
    <message>
        <source>--wait-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--wait-timeout debe ser un número entero de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop keys create [--name NAME] | list | revoke ID

The API keys of the local relay (this app&apos;s, kept in its settings). While at least one key exists, every request but GET / must carry one (Authorization: Bearer &lt;token&gt;); a running relay applies a change at once.

  create [--name NAME]  create a key and print its token (shown only this once)
  list                  list the keys: ID, NAME, CREATED
  revoke ID|NAME        revoke a key: requests with it are refused from then on

Each takes --help.
</source>
        <translation>Uso: contextrelay-desktop keys create [--name NAME] | list | revoke ID

Las claves de API del relay local (el de esta aplicación, guardadas en su configuración). Mientras exista al menos una clave, toda petición salvo GET / debe llevar una (Authorization: Bearer &lt;token&gt;); un relay en marcha aplica los cambios de inmediato.

  create [--name NAME]  crea una clave y muestra su token (solo esta vez)
  list                  lista las claves: ID, NOMBRE, CREACIÓN
  revoke ID|NAME        revoca una clave: a partir de entonces se rechazan las peticiones que la usen

Todos admiten --help.
</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1; check that it and its folder are writable.</source>
        <translation>No se puede escribir el archivo de configuración %1; compruebe que se pueda escribir en él y en su carpeta.</translation>
    </message>
    <message>
        <source>Create an API key for the local relay and print its token on standard output. The token is shown only this once: only its hash is kept.</source>
        <translation>Crea una clave de API para el relay local y escribe su token en la salida estándar. El token solo se muestra esta vez: solo se guarda su hash.</translation>
    </message>
    <message>
        <source>What the key is for, e.g. the agent that uses it (default: &quot;key N&quot;).</source>
        <translation>Para qué es la clave, p. ej. el agente que la usa (predeterminado: &quot;clave N&quot;).</translation>
    </message>
    <message>
        <source>Created API key &quot;%1&quot; (ID %2). Its token above is shown only this once: only its hash is kept, so store it now.</source>
        <translation>Clave de API &quot;%1&quot; creada (ID %2). Su token, arriba, solo se muestra esta vez: solo se guarda su hash, así que guárdelo ahora.</translation>
    </message>
    <message>
        <source>The relay now requires a key on every route but GET /.</source>
        <translation>Ahora el relay exige una clave en todas las rutas salvo GET /.</translation>
    </message>
    <message>
        <source>List the local relay&apos;s API keys: ID (what revoke takes), NAME and CREATED (UTC). Tokens are never shown again, and hashes are never shown in full.</source>
        <translation>Lista las claves de API del relay local: ID (lo que admite revoke), NOMBRE y CREACIÓN (UTC). Los tokens no se vuelven a mostrar y los hashes nunca se muestran completos.</translation>
    </message>
    <message>
        <source>No API keys: the relay accepts requests without one.</source>
        <translation>No hay claves de API: el relay acepta peticiones sin clave.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREACIÓN</translation>
    </message>
    <message>
        <source>Revoke an API key of the local relay, by its ID (from &quot;keys list&quot;) or by its name when no other key has it. Requests with it are refused from then on.</source>
        <translation>Revoca una clave de API del relay local, por su ID (de &quot;keys list&quot;) o por su nombre si ninguna otra clave lo tiene. A partir de entonces se rechazan las peticiones que la usen.</translation>
    </message>
    <message>
        <source>The key&apos;s ID or name.</source>
        <translation>El ID o el nombre de la clave.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>No API key has the ID or name &quot;%1&quot;; &quot;contextrelay-desktop keys list&quot; shows them.</source>
        <translation>Ninguna clave de API tiene el ID o el nombre &quot;%1&quot;; &quot;contextrelay-desktop keys list&quot; las muestra.</translation>
    </message>
    <message>
        <source>More than one API key is called &quot;%1&quot;; revoke one by its ID (&quot;contextrelay-desktop keys list&quot; shows them).</source>
        <translation>Hay más de una clave de API llamada &quot;%1&quot;; revoque una por su ID (&quot;contextrelay-desktop keys list&quot; las muestra).</translation>
    </message>
    <message>
        <source>Revoked API key &quot;%1&quot; (ID %2): requests with it are refused from now on.</source>
        <translation>Clave de API &quot;%1&quot; (ID %2) revocada: a partir de ahora se rechazan las peticiones que la usen.</translation>
    </message>
    <message>
        <source>No key is left, so the relay no longer asks for one (unless it listens beyond loopback: then it refuses every request but GET / until a key is created).</source>
        <translation>No queda ninguna clave, así que el relay ya no pide una (salvo que escuche más allá de loopback: entonces rechaza toda petición salvo GET / hasta que se cree una clave).</translation>
    </message>
    <message>
        <source>Say what to do with the API keys: create, list or revoke.</source>
        <translation>Indique qué hacer con las claves de API: create, list o revoke.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to do with API keys; use create, list or revoke.</source>
        <translation>&quot;%1&quot; no es una acción sobre claves de API; use create, list o revoke.</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop keys --help&apos;.</source>
        <translation>Pruebe &apos;contextrelay-desktop keys --help&apos;.</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot;: </source>
        <translation>Clave de API para &quot;%1&quot;: </translation>
    </message>
    <message>
        <source>Cannot read the API key of remote &quot;%1&quot; from the keychain: %2 Going on without it; pass --api-key or set CONTEXTRELAY_API_KEY.</source>
        <translation>No se puede leer del llavero la clave de API del remoto &quot;%1&quot;: %2 Se continúa sin ella; pase --api-key o defina CONTEXTRELAY_API_KEY.</translation>
    </message>
    <message>
        <source>There is no remote named &quot;%1&quot;; &apos;contextrelay-desktop remote list&apos; shows them.</source>
        <translation>No hay ningún remoto llamado &quot;%1&quot;; &apos;contextrelay-desktop remote list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Add (or replace) a remote relay profile. The API key goes to the system keychain, never to a file.</source>
        <translation>Añade (o reemplaza) un perfil de relay remoto. La clave de API va al llavero del sistema, nunca a un archivo.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>El nombre del perfil.</translation>
    </message>
    <message>
        <source>The relay&apos;s base URL.</source>
        <translation>La URL base del relay.</translation>
    </message>
    <message>
        <source>Read the API key from standard input (one line) and keep it in the keychain.</source>
        <translation>Leer la clave de API de la entrada estándar (una línea) y guardarla en el llavero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; no es un nombre de remoto válido: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation>No hay ninguna clave de API en la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 Nothing was stored. Add the remote without --api-key-stdin and pass the key with --api-key or CONTEXTRELAY_API_KEY on each command; the desktop app can keep a session-only key instead.</source>
        <translation>%1 No se guardó nada. Añada el remoto sin --api-key-stdin y pase la clave con --api-key o CONTEXTRELAY_API_KEY en cada comando; la aplicación de escritorio puede guardar en su lugar una clave solo para la sesión.</translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation>%1 No se guardó nada.</translation>
    </message>
    <message>
        <source>Could not remove an older API key of &quot;%1&quot; from the keychain: %2</source>
        <translation>No se pudo eliminar del llavero una clave de API anterior de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2; its API key is in the keychain.</source>
        <translation>El remoto &quot;%1&quot; es %2; su clave de API está en el llavero.</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2 (no API key).</source>
        <translation>El remoto &quot;%1&quot; es %2 (sin clave de API).</translation>
    </message>
    <message>
        <source>List the remote relay profiles (never their keys).</source>
        <translation>Lista los perfiles de relay remoto (nunca sus claves).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>unavailable (no keychain)</source>
        <translation>no disponible (sin llavero)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>no disponible (%1)</translation>
    </message>
    <message>
        <source>No remotes yet; add one with &apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos;.</source>
        <translation>Todavía no hay remotos; añada uno con &apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos;.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Remove a remote relay profile and its API key in the keychain.</source>
        <translation>Elimina un perfil de relay remoto y su clave de API del llavero.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation>El perfil &quot;%1&quot; se ha eliminado, pero su clave de API no se pudo eliminar del llavero: %2</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; removed.</source>
        <translation>Remoto &quot;%1&quot; eliminado.</translation>
    </message>
    <message>
        <source>Check a remote relay step by step: health, API key, a push/pull/peek round trip and the WebSocket.</source>
        <translation>Comprueba un relay remoto paso a paso: estado, clave de API, un ciclo de ida y vuelta de envío, obtención y consulta, y el WebSocket.</translation>
    </message>
    <message>
        <source>Print the steps as JSON.</source>
        <translation>Mostrar los pasos como JSON.</translation>
    </message>
    <message>
        <source>Use this API key instead of the one in the keychain.</source>
        <translation>Usar esta clave de API en lugar de la del llavero.</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop remote COMMAND …</source>
        <translation>Uso: contextrelay-desktop remote COMMAND …</translation>
    </message>
    <message>
        <source>Remote relay profiles: a name for a relay&apos;s base URL, with its API key in the system keychain.</source>
        <translation>Perfiles de relay remoto: un nombre para la URL base de un relay, con su clave de API en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>add or replace a profile</source>
        <translation>añade o reemplaza un perfil</translation>
    </message>
    <message>
        <source>list the profiles (never their keys)</source>
        <translation>lista los perfiles (nunca sus claves)</translation>
    </message>
    <message>
        <source>remove a profile and its key</source>
        <translation>elimina un perfil y su clave</translation>
    </message>
    <message>
        <source>check health, key, round trip and WebSocket</source>
        <translation>comprueba estado, clave, ida y vuelta y WebSocket</translation>
    </message>
    <message>
        <source>Then use a profile with --remote NAME on push, pull, peek, publish, subscribe, wait, status.</source>
        <translation>Después, use un perfil con --remote NAME en push, pull, peek, publish, subscribe, wait, status.</translation>
    </message>
    <message>
        <source>Unknown remote command &quot;%1&quot;; try &apos;contextrelay-desktop remote --help&apos;.</source>
        <translation>Comando de remote desconocido &quot;%1&quot;; pruebe &apos;contextrelay-desktop remote --help&apos;.</translation>
    </message>
    <message>
        <source>Use either --remote or --server, not both.</source>
        <translation>Use --remote o --server, no ambos.</translation>
    </message>
    <message>
        <source>Links LOCAL, a channel of this relay, with CHANNEL on the remote relay profile PROFILE.
out: pushes to LOCAL are re-pushed to the remote channel; in: pushes to the remote channel are pulled and re-pushed to LOCAL; both: both ways, never sending a payload back over the bridge it came through. While the remote is unreachable, outgoing payloads wait in a durable queue and go out in order when it returns. A running app picks the bridge up.</source>
        <translation>Enlaza LOCAL, un canal de este relay, con CHANNEL en el perfil de relay remoto PROFILE.
out: los envíos a LOCAL se reenvían al canal remoto; in: los envíos al canal remoto se obtienen y se reenvían a LOCAL; both: en ambos sentidos, sin devolver nunca una carga por el puente por el que llegó. Mientras el remoto está inaccesible, las cargas salientes esperan en una cola persistente y salen en orden cuando vuelve. Si la aplicación está en marcha, empieza a usar el puente.</translation>
    </message>
    <message>
        <source>The local channel.</source>
        <translation>El canal local.</translation>
    </message>
    <message>
        <source>PROFILE:CHANNEL on the remote relay.</source>
        <translation>PROFILE:CHANNEL en el relay remoto.</translation>
    </message>
    <message>
        <source>out (default), in or both.</source>
        <translation>out (predeterminado), in o both.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>--direction must be out, in or both.</source>
        <translation>--direction debe ser out, in o both.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PROFILE:CHANNEL.</source>
        <translation>&quot;%1&quot; no tiene la forma PROFILE:CHANNEL.</translation>
    </message>
    <message>
        <source>Bridge %1 added: %2.</source>
        <translation>Puente %1 añadido: %2.</translation>
    </message>
    <message>
        <source>Lists the channel bridges: id, local channel, direction, remote.</source>
        <translation>Lista los puentes de canal: id, canal local, dirección, remoto.</translation>
    </message>
    <message>
        <source>No channel bridges.</source>
        <translation>No hay puentes de canal.</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOCAL</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>REMOTE</source>
        <translation>REMOTO</translation>
    </message>
    <message>
        <source>Removes a channel bridge. Payloads still queued for it are dropped by the running app.</source>
        <translation>Elimina un puente de canal. La aplicación en marcha descarta las cargas que aún estén en su cola.</translation>
    </message>
    <message>
        <source>The bridge&apos;s id (or its start), from &apos;list&apos;.</source>
        <translation>El id del puente (o su comienzo), de &apos;list&apos;.</translation>
    </message>
    <message>
        <source>Bridge %1 removed: %2.</source>
        <translation>Puente %1 eliminado: %2.</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
       contextrelay-desktop bridge-channel list
       contextrelay-desktop bridge-channel remove ID
Each has --help.</source>
        <translation>Uso: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
     contextrelay-desktop bridge-channel list
     contextrelay-desktop bridge-channel remove ID
Todos admiten --help.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Acción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The channel tasks go to (default: agent-tasks).</source>
        <translation>El canal al que van las tareas (predeterminado: agent-tasks).</translation>
    </message>
    <message>
        <source>The channel results go to (default: agent-done).</source>
        <translation>El canal al que van los resultados (predeterminado: agent-done).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most 604800.</source>
        <translation>--timeout debe ser un número de segundos mayor que 0 y como máximo 604800.</translation>
    </message>
    <message>
        <source>Hand each task pushed to the task channel to a coding agent in a tmux pane, one at a time: paste it with a request for an outcome block, wait for that block, and push it to the done channel with the task&apos;s id in its metadata. Runs until stopped; logs each step on standard error.</source>
        <translation>Entrega cada tarea enviada al canal de tareas a un agente de programación en un panel de tmux, de una en una: la pega junto con la petición de un bloque de resultado, espera ese bloque y lo envía al canal de resultados con el id de la tarea en sus metadatos. Funciona hasta que se detiene; registra cada paso en la salida de error estándar.</translation>
    </message>
    <message>
        <source>The tmux pane the agent runs in (session, session:window.pane, %id).</source>
        <translation>El panel de tmux en el que se ejecuta el agente (session, session:window.pane, %id).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>The tmux server&apos;s socket name (as tmux -L takes it).</source>
        <translation>El nombre del socket del servidor tmux (tal como lo admite tmux -L).</translation>
    </message>
    <message>
        <source>How long the agent has for one task (default: 1800).</source>
        <translation>Cuánto tiempo tiene el agente para una tarea (predeterminado: 1800).</translation>
    </message>
    <message>
        <source>How often to read the pane while a task runs (default: 500).</source>
        <translation>Cada cuánto leer el panel mientras se ejecuta una tarea (predeterminado: 500).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--tmux is required: the tmux pane the agent runs in.</source>
        <translation>--tmux es obligatorio: el panel de tmux en el que se ejecuta el agente.</translation>
    </message>
    <message>
        <source>--task-channel and --done-channel must be two different, non-empty names.</source>
        <translation>--task-channel y --done-channel deben ser dos nombres distintos y no vacíos.</translation>
    </message>
    <message>
        <source>--poll-ms must be a whole number from 50 to 60000.</source>
        <translation>--poll-ms debe ser un número entero entre 50 y 60000.</translation>
    </message>
    <message>
        <source>Cannot read the tmux pane %1: %2</source>
        <translation>No se puede leer el panel de tmux %1: %2</translation>
    </message>
    <message>
        <source>Push a task for an agent bridge and wait for its result, then print it. Exit code 3 when no result arrives in time or the bridge gave up waiting for the agent (what the agent said so far is printed), 6 when the bridge could not run the task.</source>
        <translation>Envía una tarea a un puente de agente, espera su resultado y lo muestra. Código de salida 3 si no llega ningún resultado a tiempo o el puente dejó de esperar al agente (se muestra lo que el agente dijo hasta entonces), 6 si el puente no pudo ejecutar la tarea.</translation>
    </message>
    <message>
        <source>The task; &apos;-&apos; reads it from standard input.</source>
        <translation>La tarea; &apos;-&apos; la lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: 1800).</source>
        <translation>Desistir tras este número de segundos (predeterminado: 1800).</translation>
    </message>
    <message>
        <source>Nothing to do: the task is empty.</source>
        <translation>Nada que hacer: la tarea está vacía.</translation>
    </message>
    <message>
        <source>The bridge could not run the task: %1</source>
        <translation>El puente no pudo ejecutar la tarea: %1</translation>
    </message>
    <message>
        <source>The agent gave no outcome before the bridge&apos;s timeout.</source>
        <translation>El agente no dio ningún resultado antes del tiempo límite del puente.</translation>
    </message>
    <message>
        <source>Cannot subscribe to &quot;%1&quot;: %2</source>
        <translation>No es posible suscribirse a &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Task pushed: %1; waiting for its result on &quot;%2&quot;.</source>
        <translation>Tarea enviada: %1; esperando su resultado en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No result within %1 s.</source>
        <translation>Ningún resultado en %1 s.</translation>
    </message>
    <message>
        <source>Also print each signal published on the channel, as a line of JSON {&quot;message&quot;: …, &quot;ts&quot;: …} (with --exec: its last argument).</source>
        <translation>Imprime también cada señal publicada en el canal, como una línea JSON {&quot;message&quot;: …, &quot;ts&quot;: …} (con --exec: como último argumento).</translation>
    </message>
    <message>
        <source>Wait for the next published signal instead, and print it as a line of JSON.</source>
        <translation>Espera en su lugar la siguiente señal publicada y la imprime como una línea JSON.</translation>
    </message>
    <message>
        <source>Metadata entry; may be repeated. JSON values keep their type; quote one to make it text.</source>
        <translation>Entrada de metadatos; se puede repetir. Los valores JSON conservan su tipo; entre comillas, un valor pasa a ser texto.</translation>
    </message>
</context>
<context>
    <name>Relay::Cli::ExecQueue</name>
    <message>
        <source>The command exited with code %1.</source>
        <translation>El comando terminó con el código %1.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>No se puede ejecutar %1: %2</translation>
    </message>
</context>
<context>
    <name>Relay::Cli::StdinDevice</name>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>No se puede leer la entrada estándar: %1</translation>
    </message>
</context>
<context>
    <name>Relay::ConnectionTest</name>
    <message>
        <source>unreachable: %1</source>
        <translation>inaccesible: %1</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>tiempo agotado: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no ejecutado</translation>
    </message>
    <message>
        <source>unreachable: no answer within %1 s</source>
        <translation>inaccesible: sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>HTTP %1: this is not a ContextRelay relay (GET / should answer 200)</source>
        <translation>HTTP %1: no es un relay de ContextRelay (GET / debería responder 200)</translation>
    </message>
    <message>
        <source>the server answers, but not as a ContextRelay relay (GET / said &quot;%1&quot;)</source>
        <translation>el servidor responde, pero no como un relay de ContextRelay (GET / respondió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the payload pulled back differs from the one pushed</source>
        <translation>la carga obtenida difiere de la enviada</translation>
    </message>
    <message>
        <source>peek shows other metadata than was pushed</source>
        <translation>la consulta muestra metadatos distintos de los enviados</translation>
    </message>
    <message>
        <source>unreachable: the WebSocket connection failed (%1)</source>
        <translation>inaccesible: falló la conexión WebSocket (%1)</translation>
    </message>
    <message>
        <source>the pushed pointer did not arrive on the WebSocket within %1 s</source>
        <translation>el puntero enviado no llegó por el WebSocket en %1 s</translation>
    </message>
    <message>
        <source>unreachable: the WebSocket did not connect within %1 s</source>
        <translation>inaccesible: el WebSocket no se conectó en %1 s</translation>
    </message>
</context>
<context>
    <name>Relay::Forwarder</name>
    <message>
        <source>from %1:%2</source>
        <translation>desde %1:%2</translation>
    </message>
    <message>
        <source>The queue of the bridges on channel %1 is full (%2 payloads waiting) because the remote relay is unreachable; nothing was dropped. Try again once it is back.</source>
        <translation>La cola de los puentes del canal %1 está llena (%2 cargas en espera) porque el relay remoto está inaccesible; no se descartó nada. Inténtelo de nuevo cuando vuelva a estar disponible.</translation>
    </message>
</context>
<context>
    <name>Relay::ForwardingController</name>
    <message>
        <source>there is no remote profile named &quot;%1&quot;</source>
        <translation>no hay ningún perfil remoto llamado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Relay::RelayClient</name>
    <message>
        <source>&quot;%1&quot; is neither a pointer URL (…/pull/&lt;id&gt;) nor a payload id.</source>
        <translation>&quot;%1&quot; no es ni una URL de puntero (…/pull/&lt;id&gt;) ni un id de carga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ContextRelay pointer URL (…/pull/&lt;id&gt;).</source>
        <translation>&quot;%1&quot; no es una URL de puntero de ContextRelay (…/pull/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The pointer URL has no payload id.</source>
        <translation>La URL de puntero no tiene id de carga.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation>El relay en %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1 (%2).</source>
        <translation>No se puede contactar con el relay en %1 (%2).</translation>
    </message>
    <message>
        <source>Not found: the payload does not exist or has expired.</source>
        <translation>No encontrada: la carga no existe o ha caducado.</translation>
    </message>
    <message>
        <source>401: the API key is invalid or missing (the relay at %1 refused it).</source>
        <translation>401: la clave de API no es válida o falta (el relay en %1 la rechazó).</translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay at %1.</source>
        <translation>402: cuota superada en el relay remoto en %1.</translation>
    </message>
    <message>
        <source>The relay refused the request (HTTP %1): %2</source>
        <translation>El relay rechazó la petición (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The payload is not UTF-8 text; send it raw (as a file) instead.</source>
        <translation>La carga no es texto UTF-8; envíela sin procesar (como archivo).</translation>
    </message>
    <message>
        <source>The relay&apos;s answer to the push has no &quot;url&quot;; is this a ContextRelay relay?</source>
        <translation>La respuesta del relay al envío no tiene &quot;url&quot;; ¿es un relay de ContextRelay?</translation>
    </message>
    <message>
        <source>Cannot decrypt the payload: %1</source>
        <translation>No se puede descifrar la carga: %1</translation>
    </message>
    <message>
        <source>A channel name is needed.</source>
        <translation>Se necesita un nombre de canal.</translation>
    </message>
    <message>
        <source>The relay does not support publish (no &quot;delivered&quot; in its answer).</source>
        <translation>El relay no admite publish (no hay &quot;delivered&quot; en su respuesta).</translation>
    </message>
    <message>
        <source>The relay&apos;s /stats answer is not a JSON object.</source>
        <translation>La respuesta de /stats del relay no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>Relay::RelayHost</name>
    <message>
        <source>Channel bridges are off: %1</source>
        <translation>Los puentes de canal están desactivados: %1</translation>
    </message>
</context>
<context>
    <name>Relay::RelayRouter</name>
    <message>
        <source>&quot;ttl&quot; must be a whole number of seconds from %1 to %2.</source>
        <translation>&quot;ttl&quot; debe ser un número entero de segundos entre %1 y %2.</translation>
    </message>
    <message>
        <source>&quot;max_reads&quot; must be a whole number of at least 1.</source>
        <translation>&quot;max_reads&quot; debe ser un número entero mayor o igual que 1.</translation>
    </message>
    <message>
        <source>ttl must be a whole number of seconds from %1 to %2.</source>
        <translation>ttl debe ser un número entero de segundos entre %1 y %2.</translation>
    </message>
    <message>
        <source>max_reads must be a whole number of at least 1.</source>
        <translation>max_reads debe ser un número entero mayor o igual que 1.</translation>
    </message>
    <message>
        <source>The payload is %1 bytes; this relay accepts at most %2.</source>
        <translation>La carga ocupa %1 bytes; este relay acepta como máximo %2.</translation>
    </message>
    <message>
        <source>not kept for replay: the relay is at its channel limit (%1, --max-channels)</source>
        <translation>no se guarda para repetición: el relay ha alcanzado su límite de canales (%1, --max-channels)</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>La carga está vacía.</translation>
    </message>
    <message>
        <source>This relay&apos;s store is full.</source>
        <translation>El almacén de este relay está lleno.</translation>
    </message>
    <message>
        <source>The payload could not be written to disk.</source>
        <translation>No se pudo escribir la carga en el disco.</translation>
    </message>
    <message>
        <source>The relay&apos;s store is full; nothing was evicted to make room. Delete payloads or wait for them to expire.</source>
        <translation>El almacén del relay está lleno; no se expulsó nada para hacer sitio. Elimine cargas o espere a que caduquen.</translation>
    </message>
    <message>
        <source>replay must be a whole number from 0 to %1.</source>
        <translation>replay debe ser un número entero entre 0 y %1.</translation>
    </message>
</context>
<context>
    <name>Relay::RelayServer</name>
    <message>
        <source>The crypto library (libsodium) could not be initialised.</source>
        <translation>No se pudo inicializar la biblioteca criptográfica (libsodium).</translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read every payload. Create one with &apos;contextrelay-desktop keys create&apos;.</source>
        <translation>Escuchar más allá de loopback requiere claves de API: sin ellas, cualquiera en la red podría leer todas las cargas. Cree una con &apos;contextrelay-desktop keys create&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <source>Another relay is already using the data directory %1.</source>
        <translation>Otro relay ya está usando el directorio de datos %1.</translation>
    </message>
    <message>
        <source>read limit reached</source>
        <translation>límite de lecturas alcanzado</translation>
    </message>
    <message>
        <source>No API key is left, but the relay listens beyond loopback: it keeps requiring one, so every request but GET / is refused until a key is created.</source>
        <translation>No queda ninguna clave de API, pero el relay escucha más allá de loopback: sigue exigiendo una, así que rechaza toda petición salvo GET / hasta que se cree una clave.</translation>
    </message>
    <message>
        <source>Subscriber %1 stopped reading and was disconnected with %2 bytes unsent (--max-pending-ws-bytes).</source>
        <translation>El suscriptor %1 dejó de leer y se desconectó con %2 bytes sin enviar (--max-pending-ws-bytes).</translation>
    </message>
</context>
<context>
    <name>Relay::RemoteProfiles</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>A relay URL starts with http:// or https://, not &quot;%1&quot;.</source>
        <translation>La URL de un relay empieza por http:// o https://, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; names no host.</source>
        <translation>La URL del relay &quot;%1&quot; no indica ningún host.</translation>
    </message>
    <message>
        <source>The relay URL must not carry a user name or password; the API key is kept in the keychain instead.</source>
        <translation>La URL del relay no debe llevar usuario ni contraseña; la clave de API se guarda en el llavero.</translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; must be a base URL, without &quot;?…&quot; or &quot;#…&quot;.</source>
        <translation>La URL del relay &quot;%1&quot; debe ser una URL base, sin &quot;?…&quot; ni &quot;#…&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; no es un nombre de remoto válido: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Cannot save the remote profile to %1.</source>
        <translation>No se puede guardar el perfil remoto en %1.</translation>
    </message>
</context>
<context>
    <name>Relay::SecretStore</name>
    <message>
        <source>No keychain service is running (Secret Service or KWallet), so the key cannot be stored safely.</source>
        <translation>No hay ningún servicio de llavero en marcha (Secret Service o KWallet), así que la clave no se puede guardar de forma segura.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui</name>
    <message>
        <source>%1 is a folder; copy files instead.</source>
        <translation>%1 es una carpeta; copie archivos en su lugar.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the relay accepts (%3).</source>
        <translation>%1 ocupa %2, más de lo que acepta el relay (%3).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The copied image cannot be encoded as PNG.</source>
        <translation>La imagen copiada no se puede codificar como PNG.</translation>
    </message>
    <message>
        <source>The copied image is %1 as PNG, more than the relay accepts (%2).</source>
        <translation>La imagen copiada ocupa %1 como PNG, más de lo que acepta el relay (%2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot save the payload to %1: %2</source>
        <translation>No se puede guardar la carga en %1: %2</translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot; any more; see Settings, Remote Relays.</source>
        <translation>Ya no existe ningún relay remoto llamado &quot;%1&quot;; consulte Configuración, Relays remotos.</translation>
    </message>
    <message>
        <source>The API keys of remote relays cannot be read here.</source>
        <translation>Las claves de API de los relays remotos no se pueden leer aquí.</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2 Enter it as a session-only key in Settings, Remote Relays.</source>
        <translation>No se puede leer la clave de API de &quot;%1&quot;: %2 Introdúzcala como clave solo para esta sesión en Configuración, Relays remotos.</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la clave de API de &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::AboutDialog</name>
    <message>
        <source>About ContextRelay Desktop</source>
        <translation>Acerca de ContextRelay Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A local ContextRelay relay: AI agents on this computer hand each other large payloads by URL instead of pasting them through prompts.</source>
        <translation>Un relay local de ContextRelay: los agentes de IA de este equipo se pasan cargas grandes mediante una URL en lugar de pegarlas en los prompts.</translation>
    </message>
    <message>
        <source>Qt %1, libsodium %2, %3.</source>
        <translation>Qt %1, libsodium %2, %3.</translation>
    </message>
    <message>
        <source>Free software under the MIT license. Wire-compatible with the open-source &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt; Worker.</source>
        <translation>Software libre con licencia MIT. Compatible a nivel de protocolo con el Worker de código abierto &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation>No se puede eliminar la entrada de inicio automático %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1: %2</source>
        <translation>No se puede escribir la entrada de inicio automático %1: %2</translation>
    </message>
    <message>
        <source>Hand large payloads between AI agents by URL, on this computer</source>
        <translation>Pasar cargas grandes entre agentes de IA mediante una URL, en este equipo</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::BridgesPage</name>
    <message>
        <source>→ out</source>
        <translation>→ salida</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← entrada</translation>
    </message>
    <message>
        <source>↔ both</source>
        <translation>↔ ambas</translation>
    </message>
    <message>
        <source>What is pushed to the local channel is pushed to the remote channel too.</source>
        <translation>Lo que se envía al canal local también se envía al canal remoto.</translation>
    </message>
    <message>
        <source>What is pushed to the remote channel is pulled and pushed here too.</source>
        <translation>Lo que se envía al canal remoto se obtiene y también se envía aquí.</translation>
    </message>
    <message>
        <source>Both ways; a payload never goes back over the bridge it came through.</source>
        <translation>En ambos sentidos; una carga nunca vuelve por el puente por el que llegó.</translation>
    </message>
    <message>
        <source>Local channel</source>
        <translation>Canal local</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Remote channel</source>
        <translation>Canal remoto</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>Nuevo puente</translation>
    </message>
    <message>
        <source>e.g. team</source>
        <translation>p. ej. equipo</translation>
    </message>
    <message>
        <source>the same as the local channel</source>
        <translation>el mismo que el canal local</translation>
    </message>
    <message>
        <source>→ out: pushes here go there too</source>
        <translation>→ salida: lo enviado aquí va también allí</translation>
    </message>
    <message>
        <source>← in: pushes there come here too</source>
        <translation>← entrada: lo enviado allí llega también aquí</translation>
    </message>
    <message>
        <source>↔ both ways</source>
        <translation>↔ ambos sentidos</translation>
    </message>
    <message>
        <source>&amp;Add Bridge</source>
        <translation>&amp;Añadir puente</translation>
    </message>
    <message>
        <source>Add a remote relay on the Remote Relays tab first.</source>
        <translation>Añada antes un relay remoto en la pestaña Relays remotos.</translation>
    </message>
    <message>
        <source>&amp;Local channel:</source>
        <translation>Canal &amp;local:</translation>
    </message>
    <message>
        <source>Remote rela&amp;y:</source>
        <translation>Rela&amp;y remoto:</translation>
    </message>
    <message>
        <source>Remote &amp;channel:</source>
        <translation>&amp;Canal remoto:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>D&amp;irección:</translation>
    </message>
    <message>
        <source>A bridge links a local channel with a channel of a remote relay. Outgoing payloads wait in a durable queue while the remote is unreachable. Changes here are saved at once.</source>
        <translation>Un puente enlaza un canal local con un canal de un relay remoto. Las cargas salientes esperan en una cola persistente mientras el remoto está inaccesible. Los cambios de esta página se guardan al momento.</translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot;: what this bridge sends waits in its queue until there is one.</source>
        <translation>No hay ningún relay remoto llamado &quot;%1&quot;: lo que envía este puente espera en su cola hasta que exista uno.</translation>
    </message>
    <message>
        <source>The id the bridge-channel command uses.</source>
        <translation>El id que usa el comando bridge-channel.</translation>
    </message>
    <message>
        <source>Enter the local channel to bridge.</source>
        <translation>Introduzca el canal local que se va a enlazar.</translation>
    </message>
    <message>
        <source>Remove Bridge</source>
        <translation>Eliminar puente</translation>
    </message>
    <message>
        <source>Remove the bridge %1? Payloads still waiting in its queue are dropped.</source>
        <translation>¿Eliminar el puente %1? Se descartan las cargas que aún esperan en su cola.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ChannelTableModel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>%n no entregable</numerusform>
            <numerusform>%n no entregables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 entregadas</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidas</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>Last error at %1.</source>
        <translation>Último error: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n suscriptor</numerusform>
            <numerusform>%n suscriptores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) pushed</source>
        <translation>
            <numerusform>%n carga enviada</numerusform>
            <numerusform>%n cargas enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published</source>
        <translation>
            <numerusform>%n mensaje publicado</numerusform>
            <numerusform>%n mensajes publicados</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Suscriptores</translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Publishes</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ClipboardActions</name>
    <message>
        <source>The relay restarted before the clipboard action finished; try again.</source>
        <translation>El relay se reinició antes de que terminara la acción del portapapeles; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation>La acción anterior del portapapeles aún no ha terminado.</translation>
    </message>
    <message>
        <source>The relay is not running.</source>
        <translation>El relay no está en marcha.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>%n files are copied; push at most %1 at once.</source>
        <translation>
            <numerusform>Hay %n archivo copiado; envíe como máximo %1 a la vez.</numerusform>
            <numerusform>Hay %n archivos copiados; envíe como máximo %1 a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copied text is %1, more than the relay accepts (%2).</source>
        <translation>El texto copiado ocupa %1, más de lo que acepta el relay (%2).</translation>
    </message>
    <message>
        <source>The clipboard holds no text, files or image to push.</source>
        <translation>El portapapeles no contiene texto, archivos ni imágenes que enviar.</translation>
    </message>
    <message>
        <source>The relay stopped before the push finished.</source>
        <translation>El relay se detuvo antes de que terminara el envío.</translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation>No hay portapapeles.</translation>
    </message>
    <message>
        <source>The clipboard holds no pointer URL (http://…/pull/…).</source>
        <translation>El portapapeles no contiene ninguna URL de puntero (http://…/pull/…).</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::DisplayFormat</name>
    <message>
        <source>%1 KB</source>
        <comment>size in kilobytes (1000 B)</comment>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>size in megabytes (1000 KB)</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>size in gigabytes (1000 MB)</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <comment>size in terabytes (1000 GB)</comment>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>size in bytes</comment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>time left: days and hours</comment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>time left: hours, minutes, seconds</comment>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no activity yet</comment>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>hace %n d</numerusform>
            <numerusform>hace %n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short date, then time</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::EventLogModel</name>
    <message>
        <source>pushed</source>
        <comment>event type</comment>
        <translation>enviado</translation>
    </message>
    <message>
        <source>pulled</source>
        <comment>event type</comment>
        <translation>obtenido</translation>
    </message>
    <message>
        <source>peeked</source>
        <comment>event type</comment>
        <translation>consultado</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>event type</comment>
        <translation>caducado</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>event type</comment>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>subscribed</source>
        <comment>event type</comment>
        <translation>suscrito</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <comment>event type</comment>
        <translation>desuscrito</translation>
    </message>
    <message>
        <source>published</source>
        <comment>event type</comment>
        <translation>publicado</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>event type</comment>
        <translation>rechazado</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n subscriber(s) reached</source>
        <translation>
            <numerusform>%1, %n suscriptor alcanzado</numerusform>
            <numerusform>%1, %n suscriptores alcanzados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %2 of %n time(s)</source>
        <translation>
            <numerusform>%1, lecturas: %2 de %n</numerusform>
            <numerusform>%1, lecturas: %2 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %n time(s)</source>
        <translation>
            <numerusform>%1, %n lectura</numerusform>
            <numerusform>%1, %n lecturas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>size, reason</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n subscriber(s) on the channel</source>
        <translation>
            <numerusform>%1, %n suscriptor en el canal</numerusform>
            <numerusform>%1, %n suscriptores en el canal</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation>%1
Archivo: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::EventLogPanel</name>
    <message>
        <source>All Events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation>Mostrar solo algunos tipos de eventos</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Stop adding events to the log (the relay keeps running)</source>
        <translation>Dejar de añadir eventos al registro (el relay sigue en marcha)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Empty the log</source>
        <translation>Vaciar el registro</translation>
    </message>
    <message>
        <source>No events yet. Pushes, pulls, subscriptions and rejections show up here as they happen.</source>
        <translation>Aún no hay eventos. Los envíos, obtenciones, suscripciones y rechazos aparecen aquí a medida que ocurren.</translation>
    </message>
    <message>
        <source>No Events</source>
        <translation>Sin eventos</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n event(s) not shown</source>
        <translation>
            <numerusform>En pausa: %n evento sin mostrar</numerusform>
            <numerusform>En pausa: %n eventos sin mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. New events are counted but not shown.</source>
        <translation>En pausa. Los eventos nuevos se cuentan, pero no se muestran.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>No events of the chosen types.</source>
        <translation>No hay eventos de los tipos elegidos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 de %n evento</numerusform>
            <numerusform>%1 de %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relay::Ui::InspectorWindow</name>
    <message>
        <source>ContextRelay Inspector</source>
        <translation>Inspector de ContextRelay</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Cargas</translation>
    </message>
    <message>
        <source>No channels yet. A channel appears when a payload is pushed to it or an agent subscribes to it.</source>
        <translation>Aún no hay canales. Un canal aparece cuando se le envía una carga o un agente se suscribe a él.</translation>
    </message>
    <message>
        <source>Double-click a channel to see its payloads</source>
        <translation>Haga doble clic en un canal para ver sus cargas</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>No subscribers. Agents subscribe with a WebSocket to /ws/&lt;channel&gt;.</source>
        <translation>No hay suscriptores. Los agentes se suscriben con un WebSocket a /ws/&lt;channel&gt;.</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Suscriptores</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Show Only Channel “%1”</source>
        <translation>Mostrar solo el canal “%1”</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Push…</source>
        <translation>&amp;Nuevo envío…</translation>
    </message>
    <message>
        <source>&amp;Pull URL…</source>
        <translation>&amp;Obtener URL…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Carga</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>Copy &amp;curl Command</source>
        <translation>Copiar comando &amp;curl</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Push &amp;Again to Channel…</source>
        <translation>&amp;Reenviar a un canal…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find Payloads</source>
        <translation>&amp;Buscar cargas</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The relay&apos;s address for agents. Click to copy it.</source>
        <translation>La dirección del relay para los agentes. Haga clic para copiarla.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Se copió %1 al portapapeles.</translation>
    </message>
    <message>
        <source>Pushing: %1 of %2</source>
        <translation>Enviando: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s)</source>
        <translation>
            <numerusform>%n carga</numerusform>
            <numerusform>%n cargas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n suscriptor</numerusform>
            <numerusform>%n suscriptores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title with a count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>New connections are refused; subscribers already connected stay.</source>
        <translation>Se rechazan las conexiones nuevas; los suscriptores ya conectados se mantienen.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>The relay accepts pushes and pulls.</source>
        <translation>El relay acepta envíos y obtenciones.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n URL(s) to the clipboard.</source>
        <translation>
            <numerusform>%n URL copiada al portapapeles.</numerusform>
            <numerusform>%n URL copiadas al portapapeles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n curl command(s). Running one counts as a read.</source>
        <translation>
            <numerusform>%n comando curl copiado. Ejecutarlo cuenta como una lectura.</numerusform>
            <numerusform>%n comandos curl copiados. Ejecutar uno cuenta como una lectura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Guardar carga</translation>
    </message>
    <message>
        <source>The payload is gone: it expired or was deleted.</source>
        <translation>La carga ya no existe: caducó o se eliminó.</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Se guardó %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payload(s).</source>
        <translation>
            <numerusform>%n carga eliminada.</numerusform>
            <numerusform>%n cargas eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push Again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Push a copy of %1 to the channel:</source>
        <translation>Enviar una copia de %1 al canal:</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Pushed to %1; the URL is on the clipboard.</source>
        <translation>Se envió a %1; la URL está en el portapapeles.</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n payload(s); the URL is on the clipboard.</source>
        <translation>
            <numerusform>Se envió %n carga; la URL está en el portapapeles.</numerusform>
            <numerusform>Se enviaron %n cargas; la URL está en el portapapeles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n file(s)…</source>
        <translation>
            <numerusform>Enviando %n archivo…</numerusform>
            <numerusform>Enviando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing the dropped text…</source>
        <translation>Enviando el texto soltado…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation>&amp;Acerca de ContextRelay Desktop</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadPusher</name>
    <message>
        <source>The relay is not running, so nothing can be pushed yet.</source>
        <translation>El relay no está en marcha, así que aún no se puede enviar nada.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadTableModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>reads / maximum reads</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation>%1
Archivo: %2</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Sin canal</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) left</source>
        <translation>
            <numerusform>Queda %n lectura</numerusform>
            <numerusform>Quedan %n lecturas</numerusform>
        </translation>
    </message>
    <message>
        <source>No read limit</source>
        <translation>Sin límite de lecturas</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Caduca en</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lecturas</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadsPanel</name>
    <message>
        <source>Search id, channel, metadata, file name…</source>
        <translation>Buscar id, canal, metadatos, nombre de archivo…</translation>
    </message>
    <message>
        <source>This payload is gone: it expired, was deleted or was read its last time.</source>
        <translation>Esta carga ya no existe: caducó, se eliminó o se leyó por última vez.</translation>
    </message>
    <message>
        <source>No payloads yet — push one with %1 or drop a file here.</source>
        <translation>Aún no hay cargas — envíe una con %1 o suelte aquí un archivo.</translation>
    </message>
    <message>
        <source>No payload matches “%1”.</source>
        <translation>Ninguna carga coincide con “%1”.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PreviewPane</name>
    <message>
        <source>View as:</source>
        <translation>Ver como:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the payload as something else than what it looks like</source>
        <translation>Mostrar la carga como algo distinto de lo que parece</translation>
    </message>
    <message>
        <source>This payload is encrypted</source>
        <translation>Esta carga está cifrada</translation>
    </message>
    <message>
        <source>The relay keeps it as a Fernet token and cannot read it. Paste the key, or the whole URL with #key=…, to decrypt it here. The key is not sent anywhere and not stored.</source>
        <translation>El relay la guarda como token Fernet y no puede leerla. Pegue la clave, o la URL completa con #key=…, para descifrarla aquí. La clave no se envía a ningún sitio ni se guarda.</translation>
    </message>
    <message>
        <source>Key, or URL with #key=…</source>
        <translation>Clave, o URL con #key=…</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Descifrar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Select a payload to preview it.</source>
        <translation>Seleccione una carga para ver su vista previa.</translation>
    </message>
    <message>
        <source>Payload %1</source>
        <translation>Carga %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>Metadata:
%1</source>
        <translation>Metadatos:
%1</translation>
    </message>
    <message>
        <source>Decrypted here with your key; the key stays in this program.</source>
        <translation>Descifrada aquí con su clave; la clave no sale de este programa.</translation>
    </message>
    <message>
        <source>This could not be shown as an image; showing its bytes instead.</source>
        <translation>No se pudo mostrar como imagen; se muestran sus bytes en su lugar.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Se muestran los primeros %1 de %2.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 de %2 bytes</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formateando…</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>Decodificando la imagen…</translation>
    </message>
    <message>
        <source>Paste the key, or the URL that ends with #key=…, first.</source>
        <translation>Primero pegue la clave (o la URL que termina en #key=…).</translation>
    </message>
    <message>
        <source>Only part of this payload has been loaded, so it cannot be decrypted yet. Try again in a moment.</source>
        <translation>Solo se ha descargado una parte de esta carga, así que aún no se puede descifrar. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation>No se pudo descifrar: %1</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Descifrando…</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PullDialog</name>
    <message>
        <source>Pull URL</source>
        <translation>Obtener URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787/pull/… (with #key=… for encrypted payloads)</source>
        <translation>http://127.0.0.1:8787/pull/… (con #key=… para cargas cifradas)</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Obtener</translation>
    </message>
    <message>
        <source>Pulling counts as a read: a payload with a read limit may be used up.</source>
        <translation>La obtención cuenta como lectura: una carga con límite de lecturas puede agotarse.</translation>
    </message>
    <message>
        <source>Paste a pointer URL and press Pull.</source>
        <translation>Pegue una URL de puntero y pulse Obtener.</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Paste a pointer URL first.</source>
        <translation>Pegue primero una URL de puntero.</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Obteniendo %1…</translation>
    </message>
    <message>
        <source>Pulled %1 (%2).</source>
        <translation>Se obtuvo %1 (%2).</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Se copió %1 al portapapeles.</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Guardar carga</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Se guardó %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PushDialog</name>
    <message>
        <source>New Push</source>
        <translation>Nuevo envío</translation>
    </message>
    <message>
        <source>Text, JSON or Markdown to push…</source>
        <translation>Texto, JSON o Markdown que enviar…</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Path of the file to push</source>
        <translation>Ruta del archivo que se enviará</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>The file is pushed as it is, with its name and content type. You can also drop files on the inspector window.</source>
        <translation>El archivo se envía tal cual, con su nombre y su tipo de contenido. También puede soltar archivos en la ventana del inspector.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Local relay</source>
        <translation>Relay local</translation>
    </message>
    <message>
        <source>Push to this computer&apos;s relay, or to a remote relay set up in Settings.</source>
        <translation>Enviar al relay de este equipo o a un relay remoto definido en Configuración.</translation>
    </message>
    <message>
        <source>None: no subscriber is told</source>
        <translation>Ninguno: no se avisa a nadie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Values that parse as JSON (3, true, [1, 2]) are sent as such; anything else as text.</source>
        <translation>Los valores que se interpretan como JSON (3, true, [1, 2]) se envían como tales; el resto, como texto.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation>Añadir una entrada de metadatos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>Quitar la entrada de metadatos seleccionada</translation>
    </message>
    <message>
        <source>Relay default</source>
        <translation>Según el relay</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 horas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>&amp;Encrypt here; the key travels only in the URL (#key=…)</source>
        <translation>C&amp;ifrar aquí; la clave solo viaja en la URL (#key=…)</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadatos:</translation>
    </message>
    <message>
        <source>Expires &amp;after:</source>
        <translation>Caduca tra&amp;s:</translation>
    </message>
    <message>
        <source>Max &amp;reads:</source>
        <translation>&amp;Lecturas máx.:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Remoto: %1</translation>
    </message>
    <message>
        <source>Type or paste the text to push.</source>
        <translation>Escriba o pegue el texto que desea enviar.</translation>
    </message>
    <message>
        <source>Choose the file to push.</source>
        <translation>Elija el archivo que desea enviar.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>Metadata row %1 has a value but no key.</source>
        <translation>La fila de metadatos %1 tiene un valor, pero no una clave.</translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; appears twice.</source>
        <translation>La clave de metadatos &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>Push a File</source>
        <translation>Enviar un archivo</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteClipboardPush</name>
    <message>
        <source>Pushing to &quot;%1&quot; failed: %2</source>
        <translation>Falló el envío a &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation>La acción anterior del portapapeles aún no ha terminado.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteEditDialog</name>
    <message>
        <source>Add Remote Relay</source>
        <translation>Añadir relay remoto</translation>
    </message>
    <message>
        <source>Edit Remote Relay</source>
        <translation>Editar relay remoto</translation>
    </message>
    <message>
        <source>e.g. cloud</source>
        <translation>p. ej. nube</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; bridges and the command line use it.</source>
        <translation>De 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;; lo usan los puentes y la línea de comandos.</translation>
    </message>
    <message>
        <source>none, if the remote needs no key</source>
        <translation>ninguna, si el remoto no necesita clave</translation>
    </message>
    <message>
        <source>unchanged; type a new key to replace it</source>
        <translation>sin cambios; escriba una clave nueva para reemplazarla</translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Guardar la clave solo para esta &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only: enter it again after ContextRelay Desktop restarts.</source>
        <translation>La clave se guarda en memoria solo durante esta sesión: vuelva a introducirla cuando se reinicie ContextRelay Desktop.</translation>
    </message>
    <message>
        <source>The key stays in memory until ContextRelay Desktop quits; nothing is written to disk.</source>
        <translation>La clave permanece en memoria hasta que se cierra ContextRelay Desktop; no se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>The key goes to the system keychain, never to the settings file.</source>
        <translation>La clave va al llavero del sistema, nunca al archivo de configuración.</translation>
    </message>
    <message>
        <source>Give the remote a name, e.g. cloud.</source>
        <translation>Dé un nombre al remoto, p. ej. nube.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; no es un nombre válido: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is already a remote named &quot;%1&quot;; edit that one, or pick another name.</source>
        <translation>Ya existe un remoto llamado &quot;%1&quot;; edite ese o elija otro nombre.</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s base URL, e.g. https://relay.example.com.</source>
        <translation>Introduzca la URL base del relay, p. ej. https://relay.example.com.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Guardando la clave en el llavero…</translation>
    </message>
    <message>
        <source>The key was not saved. Save again to keep it for this session only.</source>
        <translation>La clave no se guardó. Vuelva a guardar para conservarla solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemotesPage</name>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>Checks the relay&apos;s health, the API key, a push and pull, and a WebSocket subscription.</source>
        <translation>Comprueba el estado del relay, la clave de API, un envío y una obtención, y una suscripción WebSocket.</translation>
    </message>
    <message>
        <source>Relays elsewhere that you can push to (from the tray or New Push) and bridge channels with. API keys are kept in the system keychain, never in the settings file. Changes here are saved at once.</source>
        <translation>Relays en otros lugares a los que puede enviar (desde la bandeja o Nuevo envío) y con los que puede enlazar canales. Las claves de API se guardan en el llavero del sistema, nunca en el archivo de configuración. Los cambios de esta página se guardan al momento.</translation>
    </message>
    <message>
        <source>session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>Kept in memory until ContextRelay Desktop quits.</source>
        <translation>Se conserva en memoria hasta que se cierra ContextRelay Desktop.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No key: requests go to the remote without one.</source>
        <translation>Sin clave: las peticiones van al remoto sin ella.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>sin llavero</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Remove the remote relay &quot;%1&quot; and its API key?</source>
        <translation>¿Eliminar el relay remoto &quot;%1&quot; y su clave de API?</translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s) use it: what they send waits in the queue until a remote of that name exists again.</source>
        <translation>
            <numerusform>%n puente lo usa: lo que envía espera en la cola hasta que vuelva a existir un remoto con ese nombre.</numerusform>
            <numerusform>%n puentes lo usan: lo que envían espera en la cola hasta que vuelva a existir un remoto con ese nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Remote Relay</source>
        <translation>Eliminar relay remoto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation>&quot;%1&quot; se ha eliminado, pero su clave de API no se pudo eliminar del llavero: %2</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot; at %2…</source>
        <translation>Probando &quot;%1&quot; en %2…</translation>
    </message>
    <message>
        <source>No API key is set for &quot;%1&quot;: testing without one.</source>
        <translation>No hay ninguna clave de API definida para &quot;%1&quot;: se prueba sin ella.</translation>
    </message>
    <message>
        <source>No API key: %1</source>
        <translation>Sin clave de API: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: every step passed.</source>
        <translation>&quot;%1&quot; funciona: se superaron todos los pasos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the test; the steps after the first failure did not run.</source>
        <translation>&quot;%1&quot; no superó la prueba; los pasos posteriores al primer fallo no se ejecutaron.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SettingsDialog</name>
    <message>
        <source>ContextRelay Settings</source>
        <translation>Configuración de ContextRelay</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relay</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Escritorio</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Agents connect to http://127.0.0.1:&lt;port&gt;; 8787 is what the SDK expects.</source>
        <translation>Los agentes se conectan a http://127.0.0.1:&lt;port&gt;; el SDK espera 8787.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>loopback only (127.0.0.1 and ::1)</source>
        <translation>solo loopback (127.0.0.1 y ::1)</translation>
    </message>
    <message>
        <source>IP addresses to listen on, separated by commas. Anything beyond loopback exposes the relay to the network and needs API keys.</source>
        <translation>Direcciones IP en las que escuchar, separadas por comas. Cualquier dirección fuera de loopback expone el relay a la red y requiere claves de API.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Esc&amp;uchar en:</translation>
    </message>
    <message>
        <source>D&amp;urable: payloads survive a restart (SQLite)</source>
        <translation>Pers&amp;istente: las cargas sobreviven a un reinicio (SQLite)</translation>
    </message>
    <message>
        <source>E&amp;phemeral: in memory only, gone when the relay stops</source>
        <translation>E&amp;fímero: solo en memoria, se pierde al detener el relay</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Almacenamiento:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Carpeta de datos:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long a payload lives when its push does not say (1 min … 7 days).</source>
        <translation>Cuánto dura una carga cuando su envío no lo indica (1 min … 7 días).</translation>
    </message>
    <message>
        <source>Default &amp;lifetime:</source>
        <translation>&amp;Duración por defecto:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Larger pushes are refused with HTTP 413.</source>
        <translation>Los envíos más grandes se rechazan con HTTP 413.</translation>
    </message>
    <message>
        <source>Largest &amp;payload:</source>
        <translation>Carga &amp;máxima:</translation>
    </message>
    <message>
        <source>one per line, e.g. https://app.example.com</source>
        <translation>uno por línea, p. ej. https://app.example.com</translation>
    </message>
    <message>
        <source>Allowed &amp;Origins:</source>
        <translation>&amp;Orígenes permitidos:</translation>
    </message>
    <message>
        <source>Web pages are refused unless their Origin is listed here; agents and scripts send none and are not affected.</source>
        <translation>Las páginas web se rechazan salvo que su Origin figure aquí; los agentes y scripts no envían ninguno y no se ven afectados.</translation>
    </message>
    <message>
        <source>one per line, e.g. relay.local</source>
        <translation>uno por línea, p. ej. relay.local</translation>
    </message>
    <message>
        <source>Extra &amp;Host names:</source>
        <translation>&amp;Hosts adicionales:</translation>
    </message>
    <message>
        <source>Besides localhost, 127.0.0.1 and [::1]. Other names are refused, which stops DNS-rebinding attacks.</source>
        <translation>Además de localhost, 127.0.0.1 y [::1]. Los demás nombres se rechazan, lo que evita ataques de DNS rebinding.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>While at least one key exists, every request but GET / must carry one (Authorization: Bearer …). Keys made with &quot;contextrelay-desktop keys create&quot; show up here too.</source>
        <translation>Mientras exista al menos una clave, toda petición salvo GET / debe llevar una (Authorization: Bearer …). Las claves creadas con &quot;contextrelay-desktop keys create&quot; también aparecen aquí.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>name, e.g. the agent that uses it</source>
        <translation>nombre, p. ej. el agente que la usa</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vocar</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>&amp;Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Adds ContextRelay Desktop to your desktop&apos;s autostart entries.</source>
        <translation>Añade ContextRelay Desktop a las entradas de inicio automático de su escritorio.</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Mostrar n&amp;otificaciones</translation>
    </message>
    <message>
        <source>After pushing or pulling the clipboard, and when the relay has a problem.</source>
        <translation>Tras enviar u obtener el portapapeles, y cuando el relay tiene un problema.</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>Icono de bandeja &amp;monocromo</translation>
    </message>
    <message>
        <source>A one-colour icon that follows the panel&apos;s text colour.</source>
        <translation>Un icono de un solo color que sigue el color del texto del panel.</translation>
    </message>
    <message>
        <source>Remo&amp;te Relays</source>
        <translation>Relays remo&amp;tos</translation>
    </message>
    <message>
        <source>Brid&amp;ges</source>
        <translation>Pue&amp;ntes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; list addresses such as 127.0.0.1 or 192.168.1.20.</source>
        <translation>&quot;%1&quot; no es una dirección IP; indique direcciones como 127.0.0.1 o 192.168.1.20.</translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read, change and delete every payload. Create a key on the Security tab, or listen on loopback only.</source>
        <translation>Escuchar más allá de loopback requiere claves de API: sin ellas, cualquiera en la red podría leer, cambiar y eliminar todas las cargas. Cree una clave en la pestaña Seguridad o escuche solo en loopback.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin; write scheme and host, e.g. https://app.example.com.</source>
        <translation>&quot;%1&quot; no es un origen; escriba esquema y host, p. ej. https://app.example.com.</translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect, and the payloads of this ephemeral relay are lost.</source>
        <translation>Aplicar reinicia el relay: los suscriptores se reconectan y las cargas de este relay efímero se pierden.</translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect; payloads are kept.</source>
        <translation>Aplicar reinicia el relay: los suscriptores se reconectan; las cargas se conservan.</translation>
    </message>
    <message>
        <source>Set on the command line for this run: %1. What you save here applies from the next start without them.</source>
        <translation>Definido en la línea de comandos para esta ejecución: %1. Lo que guarde aquí se aplica a partir del próximo inicio sin esas opciones.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>New key for &quot;%1&quot;. Copy it now: it is shown only this once, and only its hash is kept. It works once you apply the settings.</source>
        <translation>Nueva clave para &quot;%1&quot;. Cópiela ahora: solo se muestra esta vez y solo se guarda su hash. Funciona en cuanto aplique la configuración.</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language applies the next time ContextRelay Desktop starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie ContextRelay Desktop.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SubscriberTableModel</name>
    <message numerus="yes">
        <source>%n message(s) delivered</source>
        <translation>
            <numerusform>%n mensaje entregado</numerusform>
            <numerusform>%n mensajes entregados</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::TrayIcon</name>
    <message>
        <source>ContextRelay relay</source>
        <translation>Relay de ContextRelay</translation>
    </message>
    <message>
        <source>&amp;Push Clipboard</source>
        <translation>&amp;Enviar portapapeles</translation>
    </message>
    <message>
        <source>Push the copied text or files; the URL replaces the clipboard</source>
        <translation>Enviar el texto o los archivos copiados; la URL reemplaza el portapapeles</translation>
    </message>
    <message>
        <source>Push Clipboard &amp;Encrypted</source>
        <translation>Enviar portapapeles &amp;cifrado</translation>
    </message>
    <message>
        <source>Encrypt here first; the key travels only in the URL (#key=…)</source>
        <translation>Cifrar aquí primero; la clave solo viaja en la URL (#key=…)</translation>
    </message>
    <message>
        <source>Push Clipboard &amp;To</source>
        <translation>Enviar portapapeles &amp;a</translation>
    </message>
    <message>
        <source>Push the copied text or files to a remote relay</source>
        <translation>Enviar el texto o los archivos copiados a un relay remoto</translation>
    </message>
    <message>
        <source>P&amp;ull URL from Clipboard</source>
        <translation>&amp;Obtener URL del portapapeles</translation>
    </message>
    <message>
        <source>Replace the copied pointer URL with its payload</source>
        <translation>Reemplazar la URL de puntero copiada por su carga</translation>
    </message>
    <message>
        <source>Open &amp;Inspector</source>
        <translation>Abrir &amp;inspector</translation>
    </message>
    <message>
        <source>&amp;Copy Relay URL</source>
        <translation>Copiar &amp;URL del relay</translation>
    </message>
    <message>
        <source>Copy &amp;MCP Config</source>
        <translation>Copiar configuración &amp;MCP</translation>
    </message>
    <message>
        <source>An mcpServers entry for Claude Desktop, Cursor and other MCP clients</source>
        <translation>Una entrada mcpServers para Claude Desktop, Cursor y otros clientes MCP</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation>Relay detenido</translation>
    </message>
    <message>
        <source>Relay starting…</source>
        <translation>Relay iniciándose…</translation>
    </message>
    <message>
        <source>Relay running at %1</source>
        <translation>Relay en marcha en %1</translation>
    </message>
    <message>
        <source>Relay paused at %1</source>
        <translation>Relay en pausa en %1</translation>
    </message>
    <message>
        <source>Relay at %1 has a problem</source>
        <translation>El relay en %1 tiene un problema</translation>
    </message>
    <message>
        <source>Relay not running</source>
        <translation>Relay inactivo</translation>
    </message>
    <message>
        <source>&amp;Resume Relay</source>
        <translation>&amp;Reanudar relay</translation>
    </message>
    <message>
        <source>Pause &amp;Relay</source>
        <translation>&amp;Pausar relay</translation>
    </message>
    <message>
        <source>ContextRelay Desktop</source>
        <translation>ContextRelay Desktop</translation>
    </message>
    <message>
        <source>Payloads: %1 (%2)</source>
        <translation>Cargas: %1 (%2)</translation>
    </message>
    <message>
        <source>Channels: %1 · Subscribers: %2</source>
        <translation>Canales: %1 · Suscriptores: %2</translation>
    </message>
    <message>
        <source>Paused: new connections are refused (503); subscribers stay connected.</source>
        <translation>En pausa: se rechazan las conexiones nuevas (503); los suscriptores siguen conectados.</translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation>&amp;Acerca de ContextRelay Desktop</translation>
    </message>
</context>
<context>
    <name>RelaySubscription</name>
    <message>
        <source>the relay closed the connection</source>
        <translation>el relay cerró la conexión</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>no se puede conectar</translation>
    </message>
</context>
<context>
    <name>RequestParser</name>
    <message>
        <source>The request target contains a fragment (#); send # percent-encoded as %23.</source>
        <translation>El destino de la petición contiene un fragmento (#); envíe # codificado por porcentaje como %23.</translation>
    </message>
    <message>
        <source>The request target has a &quot;%&quot; without two hex digits after it; send % percent-encoded as %25.</source>
        <translation>El destino de la petición tiene un &quot;%&quot; sin dos dígitos hexadecimales detrás; envíe % codificado por porcentaje como %25.</translation>
    </message>
    <message>
        <source>The request target is not UTF-8 text once percent-decoded.</source>
        <translation>El destino de la petición no es texto UTF-8 una vez decodificado.</translation>
    </message>
    <message>
        <source>The request method is not a standard HTTP method.</source>
        <translation>El método de la petición no es un método HTTP estándar.</translation>
    </message>
    <message>
        <source>The request head is too large.</source>
        <translation>La cabecera de la petición es demasiado grande.</translation>
    </message>
    <message>
        <source>The request has a duplicate Content-Length, or both Content-Length and Transfer-Encoding.</source>
        <translation>La petición tiene un Content-Length duplicado, o a la vez Content-Length y Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>El Content-Length no es un número.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>La petición no es HTTP/1.1 válido (%1).</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>La cabecera de la petición supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>La petición tiene más de %1 campos de cabecera.</translation>
    </message>
    <message>
        <source>A header name is not a valid token.</source>
        <translation>Un nombre de cabecera no es un token válido.</translation>
    </message>
    <message>
        <source>A header value contains a control character.</source>
        <translation>Un valor de cabecera contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation>La petición tiene más de una cabecera Host.</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>La petición no tiene cabecera Host.</translation>
    </message>
    <message>
        <source>The body is %1 bytes; this relay accepts at most %2.</source>
        <translation>El cuerpo ocupa %1 bytes; este relay acepta como máximo %2.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>El cuerpo supera los %1 bytes.</translation>
    </message>
</context>
<context>
    <name>SecurityGate</name>
    <message>
        <source>Host &quot;%1&quot; is not this relay; use http://127.0.0.1:%2 (a name that points here must be allowed explicitly).</source>
        <translation>El host &quot;%1&quot; no es este relay; use http://127.0.0.1:%2 (un nombre que apunte aquí debe permitirse explícitamente).</translation>
    </message>
    <message>
        <source>Requests from web pages (Origin &quot;%1&quot;) are refused; allow the origin explicitly if it is yours.</source>
        <translation>Se rechazan las peticiones de páginas web (Origin &quot;%1&quot;); permita el origen explícitamente si es suyo.</translation>
    </message>
    <message>
        <source>Requests from web pages (Sec-Fetch-Site &quot;%1&quot;) are refused.</source>
        <translation>Se rechazan las peticiones de páginas web (Sec-Fetch-Site &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>Cannot open the payload database %1: %2</source>
        <translation>No se puede abrir la base de datos de cargas %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the payload database %1: %2</source>
        <translation>No se puede preparar la base de datos de cargas %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The crypto library (libsodium) cannot start.</source>
        <translation>La biblioteca criptográfica (libsodium) no puede iniciarse.</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop --help&apos;.</source>
        <translation>Pruebe &apos;contextrelay-desktop --help&apos;.</translation>
    </message>
    <message>
        <source>There is no display to show the tray app on; run the relay alone with --headless.</source>
        <translation>No hay ninguna pantalla en la que mostrar la aplicación de bandeja; ejecute solo el relay con --headless.</translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running; it has been told.</source>
        <translation>ContextRelay Desktop ya se está ejecutando; se le ha avisado.</translation>
    </message>
</context>
</TS>
