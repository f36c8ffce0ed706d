<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>remote unreachable</source>
        <translation>Remote-Relay nicht erreichbar</translation>
    </message>
    <message>
        <source>refused by remote</source>
        <translation>vom Remote-Relay abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in Warteschlange</numerusform>
            <numerusform>%n in Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>%n nicht zustellbar</numerusform>
            <numerusform>%n nicht zustellbar</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1 s</source>
        <translation>nächster Versuch in %1 s</translation>
    </message>
</context>
<context>
    <name>BridgeLog</name>
    <message>
        <source>bridge %1: %2</source>
        <translation>Brücke %1: %2</translation>
    </message>
    <message>
        <source>bridge %1 removed</source>
        <translation>Brücke %1 entfernt</translation>
    </message>
</context>
<context>
    <name>Fernet</name>
    <message>
        <source>The key is not a valid Fernet key (the url-safe base64 of 32 bytes).</source>
        <translation>Der Schlüssel ist kein gültiger Fernet-Schlüssel (URL-sicheres Base64 von 32 Bytes).</translation>
    </message>
    <message>
        <source>The data is not a valid Fernet token.</source>
        <translation>Die Daten sind kein gültiges Fernet-Token.</translation>
    </message>
    <message>
        <source>The key is wrong or the encrypted data has been tampered with.</source>
        <translation>Der Schlüssel ist falsch, oder die verschlüsselten Daten wurden manipuliert.</translation>
    </message>
    <message>
        <source>The encrypted data has expired or is dated too far in the future.</source>
        <translation>Die verschlüsselten Daten sind abgelaufen oder zu weit in die Zukunft datiert.</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>%1 is a folder; drop files instead.</source>
        <translation>%1 ist ein Ordner; legen Sie stattdessen Dateien ab.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2; at most %3 can be pushed.</source>
        <translation>%1 ist %2 groß; gepusht werden können höchstens %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request did not arrive in full within %1 seconds.</source>
        <translation>Die Anfrage ist nicht innerhalb von %1 Sekunden vollständig eingetroffen.</translation>
    </message>
    <message>
        <source>The relay could not write to its disk; nothing was stored.</source>
        <translation>Das Relay konnte nicht auf seinen Datenträger schreiben; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>The relay is shutting down.</source>
        <translation>Das Relay wird beendet.</translation>
    </message>
    <message>
        <source>The relay is paused; try again once it is resumed.</source>
        <translation>Das Relay ist angehalten; versuchen Sie es erneut, sobald es fortgesetzt wird.</translation>
    </message>
    <message>
        <source>The relay has %1 open connections, its limit (--max-connections); try again later.</source>
        <translation>Das Relay hat %1 offene Verbindungen, sein Limit (--max-connections); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This address has %1 open connections, the limit per address (--max-connections-per-peer); try again later.</source>
        <translation>Diese Adresse hat %1 offene Verbindungen, das Limit pro Adresse (--max-connections-per-peer); versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot open the bridge queue %1: %2</source>
        <translation>Die Brücken-Warteschlange %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the bridge queue %1: %2</source>
        <translation>Die Brücken-Warteschlange %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The bridge queue is full (%1 payloads, %2 MB) while the remote relay is unreachable; nothing was dropped to make room.</source>
        <translation>Die Brücken-Warteschlange ist voll (%1 Payloads, %2 MB), und das Remote-Relay ist nicht erreichbar; es wurde nichts verworfen, um Platz zu schaffen.</translation>
    </message>
    <message>
        <source>The bridge queue could not be written: %1</source>
        <translation>Die Brücken-Warteschlange konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>PayloadKind</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
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
        <translation>401: API-Schlüssel ungültig oder fehlt</translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay</source>
        <translation>402: Kontingent auf dem Remote-Relay überschritten</translation>
    </message>
    <message>
        <source>429: too many requests; try again later</source>
        <translation>429: zu viele Anfragen; versuchen Sie es später erneut</translation>
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
        <translation>Der Schlüsselbund enthält keinen API-Schlüssel für dieses Remote-Relay.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the key cannot be stored or read safely.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert; der Schlüssel kann daher nicht sicher gespeichert oder gelesen werden.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; is it waiting to be unlocked?</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet; wartet er darauf, entsperrt zu werden?</translation>
    </message>
</context>
<context>
    <name>Relay::App</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Die API-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A local ContextRelay relay: agents hand each other large payloads by URL.</source>
        <translation>Ein lokales ContextRelay-Relay: Agenten reichen einander große Payloads per URL weiter.</translation>
    </message>
    <message>
        <source>Run the relay without a window or tray icon.</source>
        <translation>Das Relay ohne Fenster und Tray-Symbol ausführen.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Where payloads are stored.</source>
        <translation>Speicherort der Payloads.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Keep payloads in memory only; nothing survives a restart.</source>
        <translation>Payloads nur im Arbeitsspeicher halten; nichts übersteht einen Neustart.</translation>
    </message>
    <message>
        <source>Largest payload accepted, in bytes (default 26214400).</source>
        <translation>Größte angenommene Payload in Bytes (Standard: 26214400).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Lifetime of a payload that does not ask for one, in seconds (default 86400).</source>
        <translation>Lebensdauer einer Payload, die selbst keine angibt, in Sekunden (Standard: 86400).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Require one of the bearer tokens in this file (one per line).</source>
        <translation>Eines der Bearer-Tokens aus dieser Datei verlangen (eines pro Zeile).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Accept this name in the Host header too; may be repeated.</source>
        <translation>Diesen Namen auch im Host-Header akzeptieren; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Accept requests from this web origin; may be repeated.</source>
        <translation>Anfragen von diesem Web-Origin akzeptieren; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--listen needs an IP address, not &quot;%1&quot;.</source>
        <translation>--listen erwartet eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-payload must be a number of bytes from 1 to 2147483648.</source>
        <translation>--max-payload muss eine Byte-Anzahl von 1 bis 2147483648 sein.</translation>
    </message>
    <message>
        <source>--default-ttl must be a number of seconds from %1 to %2.</source>
        <translation>--default-ttl muss eine Sekundenzahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>Open the inspector at start.</source>
        <translation>Den Inspektor beim Start öffnen.</translation>
    </message>
    <message>
        <source>Select this payload in the inspector.</source>
        <translation>Diese Payload im Inspektor auswählen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Started at login.</source>
        <translation>Beim Anmelden gestartet.</translation>
    </message>
    <message>
        <source>Address to listen on instead of loopback; may be repeated. Anything but loopback requires an API key (&apos;keys create&apos; or --api-key-file).</source>
        <translation>Adresse, auf der statt auf Loopback gelauscht wird; mehrfach angebbar. Alles außer Loopback erfordert einen API-Schlüssel (&apos;keys create&apos; oder --api-key-file).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default %1).</source>
        <translation>Höchstzahl offener HTTP-Verbindungen; weitere erhalten 503 (Standard: %1).</translation>
    </message>
    <message>
        <source>Open HTTP connections from one address at most (default %1).</source>
        <translation>Höchstzahl offener HTTP-Verbindungen pro Adresse (Standard: %1).</translation>
    </message>
    <message>
        <source>WebSocket subscribers at most; more get 503 (default %1).</source>
        <translation>Höchstzahl der WebSocket-Abonnenten; weitere erhalten 503 (Standard: %1).</translation>
    </message>
    <message>
        <source>WebSocket subscribers on one channel at most (default %1).</source>
        <translation>Höchstzahl der WebSocket-Abonnenten pro Kanal (Standard: %1).</translation>
    </message>
    <message>
        <source>Channels with subscribers or replay history at most (default %1).</source>
        <translation>Höchstzahl der Kanäle mit Abonnenten oder Replay-Verlauf (Standard: %1).</translation>
    </message>
    <message>
        <source>Unsent bytes a subscriber may fall behind by before it is disconnected (default %1).</source>
        <translation>So viele ungesendete Bytes darf ein Abonnent zurückliegen, bevor er getrennt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>Payload bytes the store holds at most; pushes beyond get 507 (default %1, or %2 with --ephemeral).</source>
        <translation>Höchstzahl an Payload-Bytes im Speicher; weitere Pushes erhalten 507 (Standard: %1, mit --ephemeral %2).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Open the inspector (of the app already running, or of the one starting).</source>
        <translation>Öffnet den Inspektor (der bereits laufenden App oder der gerade startenden).</translation>
    </message>
    <message>
        <source>Push the clipboard to the relay and copy the pointer URL (in the app already running, or once this one has started).</source>
        <translation>Pusht die Zwischenablage zum Relay und kopiert die Pointer-URL (in der bereits laufenden App oder sobald diese gestartet ist).</translation>
    </message>
</context>
<context>
    <name>Relay::App::AgentBridge</name>
    <message>
        <source>Listening for tasks on &quot;%1&quot;; results go to &quot;%2&quot;; agent pane: %3.</source>
        <translation>Warte auf Aufgaben in „%1“; Ergebnisse gehen in „%2“; Agent-Pane: %3.</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation>Abonnement für „%1“ verloren (%2); neuer Versuch in %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Task received: %1 (%n waiting).</source>
        <translation>
            <numerusform>Aufgabe empfangen: %1 (%n wartet).</numerusform>
            <numerusform>Aufgabe empfangen: %1 (%n warten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Task received: %1</source>
        <translation>Aufgabe empfangen: %1</translation>
    </message>
    <message>
        <source>Task %1: pulling it.</source>
        <translation>Aufgabe %1: wird gepullt.</translation>
    </message>
    <message>
        <source>Task %1: cannot pull it: %2</source>
        <translation>Aufgabe %1: Pull nicht möglich: %2</translation>
    </message>
    <message>
        <source>The task is not text; an agent in a terminal cannot take it.</source>
        <translation>Die Aufgabe ist kein Text; ein Agent im Terminal kann sie nicht annehmen.</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>Task %1: cannot read the pane: %2</source>
        <translation>Aufgabe %1: Pane kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Task %1: cannot paste it into the pane: %2</source>
        <translation>Aufgabe %1: Einfügen in das Pane nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: pasted into %2 (%n character(s)); waiting up to %3 s for the outcome.</source>
        <translation>
            <numerusform>Aufgabe %1: in %2 eingefügt (%n Zeichen); warte bis zu %3 s auf das Ergebnis.</numerusform>
            <numerusform>Aufgabe %1: in %2 eingefügt (%n Zeichen); warte bis zu %3 s auf das Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: the pane shows the task; watching for the outcome block.</source>
        <translation>Aufgabe %1: Das Pane zeigt die Aufgabe; warte auf den Ergebnisblock.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: outcome found after %2 s (%n character(s)).</source>
        <translation>
            <numerusform>Aufgabe %1: Ergebnis nach %2 s gefunden (%n Zeichen).</numerusform>
            <numerusform>Aufgabe %1: Ergebnis nach %2 s gefunden (%n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: no outcome block within %2 s.</source>
        <translation>Aufgabe %1: kein Ergebnisblock innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>[ContextRelay bridge] The agent gave no outcome block within %1 s; above is what its pane showed after the task.</source>
        <translation>[ContextRelay-Brücke] Der Agent hat innerhalb von %1 s keinen Ergebnisblock geliefert; oben steht, was sein Pane nach der Aufgabe zeigte.</translation>
    </message>
    <message>
        <source>Task %1: cannot push the result (%2); trying again in %3 s.</source>
        <translation>Aufgabe %1: Ergebnis kann nicht gepusht werden (%2); neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>Task %1: cannot push the result: %2</source>
        <translation>Aufgabe %1: Ergebnis kann nicht gepusht werden: %2</translation>
    </message>
    <message>
        <source>Task %1: %2; result pushed to &quot;%3&quot;: %4</source>
        <translation>Aufgabe %1: %2; Ergebnis in „%3“ gepusht: %4</translation>
    </message>
</context>
<context>
    <name>Relay::App::GuiApp</name>
    <message>
        <source>Pushed %1; the URL is on the clipboard.</source>
        <translation>%1 gepusht; die URL ist in der Zwischenablage.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1); their URLs are on the clipboard.</source>
        <translation>
            <numerusform>%n Datei (%1) gepusht; ihre URL ist in der Zwischenablage.</numerusform>
            <numerusform>%n Dateien (%1) gepusht; ihre URLs sind in der Zwischenablage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted here: the key is only in the URL.</source>
        <translation>Hier verschlüsselt: Der Schlüssel steht nur in der URL.</translation>
    </message>
    <message>
        <source>Clipboard pushed</source>
        <translation>Zwischenablage gepusht</translation>
    </message>
    <message>
        <source>Clipboard pulled</source>
        <translation>Aus Zwischenablage gepullt</translation>
    </message>
    <message>
        <source>Pulled %1; the payload is on the clipboard.</source>
        <translation>%1 gepullt; die Payload ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Pulled %1 and saved it as %2; the file is on the clipboard.</source>
        <translation>%1 gepullt und als %2 gespeichert; die Datei ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Kein Systemtray</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so the inspector is ContextRelay Desktop&apos;s main window: closing it stops the relay and quits.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systemtray, daher ist der Inspektor das Hauptfenster von ContextRelay Desktop: Wenn Sie ihn schließen, wird das Relay gestoppt und das Programm beendet.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Relay URL copied</source>
        <translation>Relay-URL kopiert</translation>
    </message>
    <message>
        <source>&lt;an API key from Settings&gt;</source>
        <translation>&lt;ein API-Schlüssel aus den Einstellungen&gt;</translation>
    </message>
    <message>
        <source>MCP config copied</source>
        <translation>MCP-Konfiguration kopiert</translation>
    </message>
    <message>
        <source>Paste it into claude_desktop_config.json, .cursor/mcp.json or your MCP client&apos;s settings.</source>
        <translation>Fügen Sie sie in claude_desktop_config.json, .cursor/mcp.json oder die Einstellungen Ihres MCP-Clients ein.</translation>
    </message>
    <message>
        <source>Pushed %1 to %2; the URL is on the clipboard.</source>
        <translation>%1 an %2 gepusht; die URL ist in der Zwischenablage.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1) to %2; their URLs are on the clipboard.</source>
        <translation>
            <numerusform>%n Datei (%1) an %2 gepusht; ihre URL ist in der Zwischenablage.</numerusform>
            <numerusform>%n Dateien (%1) an %2 gepusht; ihre URLs sind in der Zwischenablage.</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Relay::App::McpServer</name>
    <message>
        <source>The argument &quot;%1&quot; is required.</source>
        <translation>Das Argument „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a string.</source>
        <translation>Das Argument „%1“ muss ein String sein.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must not be empty.</source>
        <translation>Das Argument „%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be true or false.</source>
        <translation>Das Argument „%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a number.</source>
        <translation>Das Argument „%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Parse error: a message is longer than %1 MiB; it was skipped.</source>
        <translation>Parse-Fehler: Eine Nachricht ist länger als %1 MiB; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>The wait was cancelled: the client closed the connection.</source>
        <translation>Das Warten wurde abgebrochen: Der Client hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Invalid request: a message must be a JSON object.</source>
        <translation>Ungültige Anfrage: Eine Nachricht muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Parse error: %1 at offset %2.</source>
        <translation>Parse-Fehler: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>Invalid request: the batch is empty.</source>
        <translation>Ungültige Anfrage: Der Batch ist leer.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;method&quot; must be a string.</source>
        <translation>Ungültige Anfrage: „method“ muss ein String sein.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;id&quot; must be a string or a number.</source>
        <translation>Ungültige Anfrage: „id“ muss ein String oder eine Zahl sein.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation>Ungültige Anfrage: „jsonrpc“ muss „2.0“ sein.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;params&quot; must be an object.</source>
        <translation>Ungültige Parameter: „params“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;protocolVersion&quot; must be a string.</source>
        <translation>Ungültige Parameter: „protocolVersion“ muss ein String sein.</translation>
    </message>
    <message>
        <source>Invalid params: tools/call needs the tool&apos;s &quot;name&quot;.</source>
        <translation>Ungültige Parameter: tools/call braucht den „name“ des Tools.</translation>
    </message>
    <message>
        <source>Unknown tool: %1.</source>
        <translation>Unbekanntes Tool: %1.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;arguments&quot; must be an object.</source>
        <translation>Ungültige Parameter: „arguments“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Invalid request: the id is already used by a request in progress.</source>
        <translation>Ungültige Anfrage: Die ID wird bereits von einer laufenden Anfrage verwendet.</translation>
    </message>
    <message>
        <source>Method not found: %1.</source>
        <translation>Methode nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>Could not push the context: %1</source>
        <translation>Der Kontext konnte nicht gepusht werden: %1</translation>
    </message>
    <message>
        <source>Could not peek at the context: %1</source>
        <translation>Der Kontext konnte nicht eingesehen werden: %1</translation>
    </message>
    <message>
        <source>Could not pull the context: %1</source>
        <translation>Der Kontext konnte nicht gepullt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The payload is binary (%n byte(s)) and cannot be shown as text. Save it with: contextrelay-desktop pull &apos;%1&apos; -o FILE</source>
        <translation>
            <numerusform>Die Payload ist binär (%n Byte) und kann nicht als Text angezeigt werden. Speichern Sie sie mit: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
            <numerusform>Die Payload ist binär (%n Bytes) und kann nicht als Text angezeigt werden. Speichern Sie sie mit: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
        </translation>
    </message>
    <message>
        <source>The argument &quot;timeout&quot; must be a positive number of seconds, at most %1.</source>
        <translation>Das Argument „timeout“ muss eine positive Sekundenzahl von höchstens %1 sein.</translation>
    </message>
    <message>
        <source>Could not wait on channel &quot;%1&quot;: cannot subscribe at %2 (%3). Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation>Warten auf Kanal „%1“ nicht möglich: Abonnieren bei %2 fehlgeschlagen (%3). Läuft das Relay? Starten Sie es mit „contextrelay-desktop --headless“, oder setzen Sie CONTEXTRELAY_URL auf seine Adresse.</translation>
    </message>
    <message>
        <source>Nothing was pushed to channel &quot;%1&quot; within %2 seconds.</source>
        <translation>Innerhalb von %2 Sekunden wurde nichts in Kanal „%1“ gepusht.</translation>
    </message>
    <message>
        <source>Subscribed to channel &quot;%1&quot;; waiting for a push.</source>
        <translation>Kanal „%1“ abonniert; warte auf einen Push.</translation>
    </message>
    <message>
        <source>Still waiting on channel &quot;%1&quot;.</source>
        <translation>Warte weiterhin auf Kanal „%1“.</translation>
    </message>
    <message>
        <source>The argument &quot;message&quot; is required.</source>
        <translation>Das Argument „message“ ist erforderlich.</translation>
    </message>
    <message>
        <source>Could not publish the signal: %1</source>
        <translation>Das Signal konnte nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <source>Delivered to 0 subscribers: nobody is listening on channel &quot;%1&quot;, and signals are not stored.</source>
        <translation>An 0 Abonnenten zugestellt: Niemand lauscht auf Kanal „%1“, und Signale werden nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n subscriber(s).</source>
        <translation>
            <numerusform>An %n Abonnenten zugestellt.</numerusform>
            <numerusform>An %n Abonnenten zugestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation>%1 Läuft das Relay? Starten Sie es mit „contextrelay-desktop --headless“, oder setzen Sie CONTEXTRELAY_URL auf seine Adresse.</translation>
    </message>
</context>
<context>
    <name>Relay::App::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running but does not answer (%1).</source>
        <translation>ContextRelay Desktop läuft bereits, antwortet aber nicht (%1).</translation>
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
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>tmux %1 failed: %2</source>
        <translation>tmux %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot run tmux: %1</source>
        <translation>tmux kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>tmux %1 did not finish within %2 s.</source>
        <translation>tmux %1 wurde nicht innerhalb von %2 s beendet.</translation>
    </message>
</context>
<context>
    <name>Relay::BridgeSettings</name>
    <message>
        <source>&quot;%1&quot; is not a channel name: 1 to 256 characters, no control characters.</source>
        <translation>„%1“ ist kein Kanalname: 1 bis 256 Zeichen, keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>There is no remote profile named &quot;%1&quot;; add it first with &apos;remote add&apos;.</source>
        <translation>Es gibt kein Remote-Profil namens „%1“; fügen Sie es zuerst mit &apos;remote add&apos; hinzu.</translation>
    </message>
    <message>
        <source>There is already a bridge between %1 and %2:%3 (id %4).</source>
        <translation>Zwischen %1 und %2:%3 gibt es bereits eine Brücke (ID %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one bridge; give more of its id.</source>
        <translation>„%1“ passt auf mehr als eine Brücke; geben Sie mehr von ihrer ID an.</translation>
    </message>
    <message>
        <source>There is no bridge with id %1 (see &apos;bridge-channel list&apos;).</source>
        <translation>Es gibt keine Brücke mit der ID %1 (siehe &apos;bridge-channel list&apos;).</translation>
    </message>
</context>
<context>
    <name>Relay::ChannelBridge</name>
    <message>
        <source>waiting for the keychain</source>
        <translation>warte auf den Schlüsselbund</translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key (subscribing to %1)</source>
        <translation>401: Remote-Relay hat den API-Schlüssel abgelehnt (beim Abonnieren von %1)</translation>
    </message>
    <message>
        <source>cannot subscribe to %1: %2</source>
        <translation>%1 kann nicht abonniert werden: %2</translation>
    </message>
    <message>
        <source>payload %1 expired before the remote relay could take it</source>
        <translation>Payload %1 ist abgelaufen, bevor das Remote-Relay sie annehmen konnte</translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key</source>
        <translation>401: Remote-Relay hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>402: the remote relay&apos;s quota is exceeded</source>
        <translation>402: Kontingent des Remote-Relays überschritten</translation>
    </message>
    <message>
        <source>403: the remote relay refused the request (%1)</source>
        <translation>403: Remote-Relay hat die Anfrage abgelehnt (%1)</translation>
    </message>
    <message>
        <source>payload %1 (%2 bytes) refused by the remote relay: %3</source>
        <translation>Payload %1 (%2 Bytes) vom Remote-Relay abgelehnt: %3</translation>
    </message>
    <message>
        <source>413, too large for it</source>
        <translation>413, zu groß dafür</translation>
    </message>
    <message>
        <source>a pointer expired on the remote relay before it could be pulled</source>
        <translation>ein Pointer ist auf dem Remote-Relay abgelaufen, bevor er gepullt werden konnte</translation>
    </message>
</context>
<context>
    <name>Relay::ChannelHub</name>
    <message>
        <source>The relay is shutting down.</source>
        <translation>Das Relay wird beendet.</translation>
    </message>
    <message>
        <source>The relay is at its subscriber limit (%1, --max-subscribers); try again when one leaves.</source>
        <translation>Das Relay hat sein Abonnentenlimit erreicht (%1, --max-subscribers); versuchen Sie es erneut, wenn sich einer abmeldet.</translation>
    </message>
    <message>
        <source>This channel is at its subscriber limit (%1, --max-subscribers-per-channel); try again when one leaves.</source>
        <translation>Dieser Kanal hat sein Abonnentenlimit erreicht (%1, --max-subscribers-per-channel); versuchen Sie es erneut, wenn sich einer abmeldet.</translation>
    </message>
    <message>
        <source>The relay is at its channel limit (%1, --max-channels); use an existing channel or try later.</source>
        <translation>Das Relay hat sein Kanallimit erreicht (%1, --max-channels); verwenden Sie einen bestehenden Kanal oder versuchen Sie es später.</translation>
    </message>
</context>
<context>
    <name>Relay::Cli</name>
    <message>
        <source>Relay base URL (default: $CONTEXTRELAY_URL, else http://127.0.0.1:8787).</source>
        <translation>Basis-URL des Relays (Standard: $CONTEXTRELAY_URL, sonst http://127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>API key sent as a bearer token (default: $CONTEXTRELAY_API_KEY).</source>
        <translation>API-Schlüssel, der als Bearer-Token gesendet wird (Standard: $CONTEXTRELAY_API_KEY).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;contextrelay-desktop %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument fehlt.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Zu viele Argumente.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Push a file (or standard input) and print its pointer URL.</source>
        <translation>Eine Datei (oder die Standardeingabe) pushen und ihre Pointer-URL ausgeben.</translation>
    </message>
    <message>
        <source>The file to push; &apos;-&apos; or nothing for standard input.</source>
        <translation>Die zu pushende Datei; &apos;-&apos; oder nichts für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Announce the pointer on this channel.</source>
        <translation>Den Pointer in diesem Kanal ankündigen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>Lifetime in seconds (60 … 604800).</source>
        <translation>Lebensdauer in Sekunden (60 … 604800).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Delete after this many pulls.</source>
        <translation>Nach so vielen Pulls löschen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Encrypt locally; the key is only in the printed URL.</source>
        <translation>Lokal verschlüsseln; der Schlüssel steht nur in der ausgegebenen URL.</translation>
    </message>
    <message>
        <source>--meta needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--meta erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>--ttl must be a number of seconds from 60 to 604800.</source>
        <translation>--ttl muss eine Sekundenzahl von 60 bis 604800 sein.</translation>
    </message>
    <message>
        <source>--max-reads must be a whole number of at least 1.</source>
        <translation>--max-reads muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Nothing to push: the input is empty.</source>
        <translation>Nichts zu pushen: Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Wird hochgeladen… %1%</translation>
    </message>
    <message>
        <source>Print a payload (decrypted locally when the URL carries #key=). Binary payloads come back byte for byte.</source>
        <translation>Eine Payload ausgeben (lokal entschlüsselt, wenn die URL #key= enthält). Binäre Payloads kommen Byte für Byte zurück.</translation>
    </message>
    <message>
        <source>The pointer URL.</source>
        <translation>Die Pointer-URL.</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>In diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Print a payload&apos;s metadata as JSON, without fetching the payload.</source>
        <translation>Die Metadaten einer Payload als JSON ausgeben, ohne die Payload abzurufen.</translation>
    </message>
    <message>
        <source>Send a signal to a channel&apos;s subscribers without storing anything; prints how many got it.</source>
        <translation>Ein Signal an die Abonnenten eines Kanals senden, ohne etwas zu speichern; gibt aus, wie viele es erhalten haben.</translation>
    </message>
    <message>
        <source>The channel.</source>
        <translation>Der Kanal.</translation>
    </message>
    <message>
        <source>A JSON value, or text; &apos;-&apos; or nothing reads standard input.</source>
        <translation>Ein JSON-Wert oder Text; &apos;-&apos; oder nichts liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Show the relay&apos;s version, uptime and what it holds.</source>
        <translation>Version, Laufzeit und Inhalt des Relays anzeigen.</translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation>Das rohe JSON ausgeben.</translation>
    </message>
    <message>
        <source>relay:       %1</source>
        <translation>Relay:       %1</translation>
    </message>
    <message>
        <source>version:     %1</source>
        <translation>Version:     %1</translation>
    </message>
    <message>
        <source>uptime:      %1 s</source>
        <translation>Laufzeit:    %1 s</translation>
    </message>
    <message>
        <source>payloads:    %1</source>
        <translation>Payloads:    %1</translation>
    </message>
    <message>
        <source>bytes:       %1</source>
        <translation>Bytes:       %1</translation>
    </message>
    <message>
        <source>channels:    %1</source>
        <translation>Kanäle:      %1</translation>
    </message>
    <message>
        <source>subscribers: %1</source>
        <translation>Abonnenten:  %1</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation>Abonnement für „%1“ verloren (%2); neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>Print one pointer URL per line as pushes arrive on a channel (or run a command for each). Reconnects by itself.</source>
        <translation>Für jeden Push, der in einem Kanal eintrifft, eine Pointer-URL pro Zeile ausgeben (oder jeweils einen Befehl ausführen). Verbindet sich selbstständig neu.</translation>
    </message>
    <message>
        <source>First deliver the last N pointers (0 … 100).</source>
        <translation>Zuerst die letzten N Pointer zustellen (0 … 100).</translation>
    </message>
    <message>
        <source>Run this command with each URL as its last argument.</source>
        <translation>Diesen Befehl mit jeder URL als letztem Argument ausführen.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>--replay must be a number from 0 to 100.</source>
        <translation>--replay muss eine Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>Subscribed to &quot;%1&quot; on %2.</source>
        <translation>„%1“ auf %2 abonniert.</translation>
    </message>
    <message>
        <source>Block until the next pointer arrives on a channel, print it and exit 0 (exit 3 on timeout).</source>
        <translation>Blockieren, bis der nächste Pointer in einem Kanal eintrifft, ihn ausgeben und mit 0 beenden (mit 3 bei Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: never).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard: nie).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds.</source>
        <translation>--timeout muss eine Sekundenzahl sein.</translation>
    </message>
    <message>
        <source>Nothing arrived on &quot;%1&quot; within %2 s.</source>
        <translation>Innerhalb von %2 s ist nichts in „%1“ eingetroffen.</translation>
    </message>
    <message>
        <source>Serve the Model Context Protocol on standard input and output, for AI clients (Claude Desktop, Claude Code, Cursor, ...). Tools: push_context, peek_context, pull_context, wait_for_context, publish_signal.</source>
        <translation>Das Model Context Protocol über Standardein- und -ausgabe bereitstellen, für KI-Clients (Claude Desktop, Claude Code, Cursor, ...). Tools: push_context, peek_context, pull_context, wait_for_context, publish_signal.</translation>
    </message>
    <message>
        <source>Default timeout of wait_for_context when a call gives none (default: 300).</source>
        <translation>Standard-Timeout von wait_for_context, wenn ein Aufruf keinen angibt (Standard: 300).</translation>
    </message>
    <message>
        <source>--wait-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--wait-timeout muss eine ganze Sekundenzahl von 1 bis 86400 sein.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>The channel tasks go to (default: agent-tasks).</source>
        <translation>Der Kanal für Aufgaben (Standard: agent-tasks).</translation>
    </message>
    <message>
        <source>The channel results go to (default: agent-done).</source>
        <translation>Der Kanal für Ergebnisse (Standard: agent-done).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most 604800.</source>
        <translation>--timeout muss eine Sekundenzahl über 0 und höchstens 604800 sein.</translation>
    </message>
    <message>
        <source>Hand each task pushed to the task channel to a coding agent in a tmux pane, one at a time: paste it with a request for an outcome block, wait for that block, and push it to the done channel with the task&apos;s id in its metadata. Runs until stopped; logs each step on standard error.</source>
        <translation>Jede in den Aufgabenkanal gepushte Aufgabe einzeln an einen Coding-Agenten in einem tmux-Pane übergeben: sie mit der Bitte um einen Ergebnisblock einfügen, auf diesen Block warten und ihn mit der ID der Aufgabe in den Metadaten in den Ergebniskanal pushen. Läuft, bis es gestoppt wird; protokolliert jeden Schritt auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>The tmux pane the agent runs in (session, session:window.pane, %id).</source>
        <translation>Das tmux-Pane, in dem der Agent läuft (session, session:window.pane, %id).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>The tmux server&apos;s socket name (as tmux -L takes it).</source>
        <translation>Socket-Name des tmux-Servers (wie tmux -L ihn erwartet).</translation>
    </message>
    <message>
        <source>How long the agent has for one task (default: 1800).</source>
        <translation>Wie lange der Agent für eine Aufgabe Zeit hat (Standard: 1800).</translation>
    </message>
    <message>
        <source>How often to read the pane while a task runs (default: 500).</source>
        <translation>Wie oft das Pane gelesen wird, während eine Aufgabe läuft (Standard: 500).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--tmux is required: the tmux pane the agent runs in.</source>
        <translation>--tmux ist erforderlich: das tmux-Pane, in dem der Agent läuft.</translation>
    </message>
    <message>
        <source>--task-channel and --done-channel must be two different, non-empty names.</source>
        <translation>--task-channel und --done-channel müssen zwei verschiedene, nicht leere Namen sein.</translation>
    </message>
    <message>
        <source>--poll-ms must be a whole number from 50 to 60000.</source>
        <translation>--poll-ms muss eine ganze Zahl von 50 bis 60000 sein.</translation>
    </message>
    <message>
        <source>Cannot read the tmux pane %1: %2</source>
        <translation>Das tmux-Pane %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Push a task for an agent bridge and wait for its result, then print it. Exit code 3 when no result arrives in time or the bridge gave up waiting for the agent (what the agent said so far is printed), 6 when the bridge could not run the task.</source>
        <translation>Eine Aufgabe für eine Agent-Brücke pushen, auf ihr Ergebnis warten und es ausgeben. Exit-Code 3, wenn kein Ergebnis rechtzeitig eintrifft oder die Brücke das Warten auf den Agenten aufgegeben hat (die bisherige Ausgabe des Agenten wird ausgegeben), 6, wenn die Brücke die Aufgabe nicht ausführen konnte.</translation>
    </message>
    <message>
        <source>The task; &apos;-&apos; reads it from standard input.</source>
        <translation>Die Aufgabe; &apos;-&apos; liest sie von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: 1800).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard: 1800).</translation>
    </message>
    <message>
        <source>Nothing to do: the task is empty.</source>
        <translation>Nichts zu tun: Die Aufgabe ist leer.</translation>
    </message>
    <message>
        <source>The bridge could not run the task: %1</source>
        <translation>Die Brücke konnte die Aufgabe nicht ausführen: %1</translation>
    </message>
    <message>
        <source>The agent gave no outcome before the bridge&apos;s timeout.</source>
        <translation>Der Agent hat vor dem Timeout der Brücke kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <source>Cannot subscribe to &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht abonniert werden: %2</translation>
    </message>
    <message>
        <source>Task pushed: %1; waiting for its result on &quot;%2&quot;.</source>
        <translation>Aufgabe gepusht: %1; warte auf ihr Ergebnis in „%2“.</translation>
    </message>
    <message>
        <source>No result within %1 s.</source>
        <translation>Kein Ergebnis innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Use the remote relay profile NAME (see &apos;contextrelay-desktop remote&apos;), with its API key from the keychain.</source>
        <translation>Das Remote-Profil NAME verwenden (siehe &apos;contextrelay-desktop remote&apos;), mit seinem API-Schlüssel aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop keys create [--name NAME] | list | revoke ID

The API keys of the local relay (this app&apos;s, kept in its settings). While at least one key exists, every request but GET / must carry one (Authorization: Bearer &lt;token&gt;); a running relay applies a change at once.

  create [--name NAME]  create a key and print its token (shown only this once)
  list                  list the keys: ID, NAME, CREATED
  revoke ID|NAME        revoke a key: requests with it are refused from then on

Each takes --help.
</source>
        <translation>Aufruf: contextrelay-desktop keys create [--name NAME] | list | revoke ID

Die API-Schlüssel des lokalen Relays (dieser App, in ihren Einstellungen gespeichert). Solange mindestens ein Schlüssel existiert, muss jede Anfrage außer GET / einen mitführen (Authorization: Bearer &lt;token&gt;); ein laufendes Relay übernimmt Änderungen sofort.

  create [--name NAME]  einen Schlüssel erstellen und sein Token ausgeben (nur dieses eine Mal angezeigt)
  list                  die Schlüssel auflisten: ID, NAME, ERSTELLT
  revoke ID|NAME        einen Schlüssel widerrufen: Anfragen damit werden ab dann abgelehnt

Jeder Befehl kennt --help.
</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1; check that it and its folder are writable.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden; prüfen Sie, ob sie und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <source>Create an API key for the local relay and print its token on standard output. The token is shown only this once: only its hash is kept.</source>
        <translation>Einen API-Schlüssel für das lokale Relay erstellen und sein Token auf der Standardausgabe ausgeben. Das Token wird nur dieses eine Mal angezeigt: Gespeichert wird nur sein Hash.</translation>
    </message>
    <message>
        <source>What the key is for, e.g. the agent that uses it (default: &quot;key N&quot;).</source>
        <translation>Wofür der Schlüssel ist, z. B. der Agent, der ihn verwendet (Standard: „Schlüssel N“).</translation>
    </message>
    <message>
        <source>Created API key &quot;%1&quot; (ID %2). Its token above is shown only this once: only its hash is kept, so store it now.</source>
        <translation>API-Schlüssel „%1“ erstellt (ID %2). Das Token oben wird nur dieses eine Mal angezeigt: Gespeichert wird nur sein Hash, also bewahren Sie es jetzt auf.</translation>
    </message>
    <message>
        <source>The relay now requires a key on every route but GET /.</source>
        <translation>Das Relay verlangt jetzt auf jeder Route außer GET / einen Schlüssel.</translation>
    </message>
    <message>
        <source>List the local relay&apos;s API keys: ID (what revoke takes), NAME and CREATED (UTC). Tokens are never shown again, and hashes are never shown in full.</source>
        <translation>Die API-Schlüssel des lokalen Relays auflisten: ID (die revoke erwartet), NAME und ERSTELLT (UTC). Tokens werden nie wieder angezeigt, Hashes nie vollständig.</translation>
    </message>
    <message>
        <source>No API keys: the relay accepts requests without one.</source>
        <translation>Keine API-Schlüssel: Das Relay akzeptiert Anfragen ohne Schlüssel.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>Revoke an API key of the local relay, by its ID (from &quot;keys list&quot;) or by its name when no other key has it. Requests with it are refused from then on.</source>
        <translation>Einen API-Schlüssel des lokalen Relays widerrufen, per ID (aus „keys list“) oder per Name, wenn kein anderer Schlüssel ihn trägt. Anfragen damit werden ab dann abgelehnt.</translation>
    </message>
    <message>
        <source>The key&apos;s ID or name.</source>
        <translation>ID oder Name des Schlüssels.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>No API key has the ID or name &quot;%1&quot;; &quot;contextrelay-desktop keys list&quot; shows them.</source>
        <translation>Kein API-Schlüssel hat die ID oder den Namen „%1“; „contextrelay-desktop keys list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>More than one API key is called &quot;%1&quot;; revoke one by its ID (&quot;contextrelay-desktop keys list&quot; shows them).</source>
        <translation>Mehr als ein API-Schlüssel heißt „%1“; widerrufen Sie einen über seine ID („contextrelay-desktop keys list“ zeigt sie an).</translation>
    </message>
    <message>
        <source>Revoked API key &quot;%1&quot; (ID %2): requests with it are refused from now on.</source>
        <translation>API-Schlüssel „%1“ (ID %2) widerrufen: Anfragen damit werden ab jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>No key is left, so the relay no longer asks for one (unless it listens beyond loopback: then it refuses every request but GET / until a key is created).</source>
        <translation>Es ist kein Schlüssel mehr übrig, daher verlangt das Relay keinen mehr (außer es lauscht über Loopback hinaus: Dann lehnt es jede Anfrage außer GET / ab, bis ein Schlüssel erstellt wird).</translation>
    </message>
    <message>
        <source>Say what to do with the API keys: create, list or revoke.</source>
        <translation>Geben Sie an, was mit den API-Schlüsseln geschehen soll: create, list oder revoke.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to do with API keys; use create, list or revoke.</source>
        <translation>„%1“ ist keine Aktion für API-Schlüssel; verwenden Sie create, list oder revoke.</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop keys --help&apos;.</source>
        <translation>Versuchen Sie &apos;contextrelay-desktop keys --help&apos;.</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot;: </source>
        <translation>API-Schlüssel für „%1“: </translation>
    </message>
    <message>
        <source>Cannot read the API key of remote &quot;%1&quot; from the keychain: %2 Going on without it; pass --api-key or set CONTEXTRELAY_API_KEY.</source>
        <translation>Der API-Schlüssel des Remote-Relays „%1“ kann nicht aus dem Schlüsselbund gelesen werden: %2 Es wird ohne Schlüssel fortgefahren; übergeben Sie --api-key oder setzen Sie CONTEXTRELAY_API_KEY.</translation>
    </message>
    <message>
        <source>There is no remote named &quot;%1&quot;; &apos;contextrelay-desktop remote list&apos; shows them.</source>
        <translation>Es gibt kein Remote-Relay namens „%1“; &apos;contextrelay-desktop remote list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>Add (or replace) a remote relay profile. The API key goes to the system keychain, never to a file.</source>
        <translation>Ein Remote-Profil hinzufügen (oder ersetzen). Der API-Schlüssel kommt in den System-Schlüsselbund, nie in eine Datei.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>The relay&apos;s base URL.</source>
        <translation>Die Basis-URL des Relays.</translation>
    </message>
    <message>
        <source>Read the API key from standard input (one line) and keep it in the keychain.</source>
        <translation>Den API-Schlüssel von der Standardeingabe lesen (eine Zeile) und im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein verwendbarer Remote-Name: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>%1 Nothing was stored. Add the remote without --api-key-stdin and pass the key with --api-key or CONTEXTRELAY_API_KEY on each command; the desktop app can keep a session-only key instead.</source>
        <translation>%1 Es wurde nichts gespeichert. Fügen Sie das Remote-Relay ohne --api-key-stdin hinzu und übergeben Sie den Schlüssel bei jedem Befehl mit --api-key oder CONTEXTRELAY_API_KEY; die Desktop-App kann stattdessen einen Schlüssel nur für die Sitzung behalten.</translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not remove an older API key of &quot;%1&quot; from the keychain: %2</source>
        <translation>Ein älterer API-Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2; its API key is in the keychain.</source>
        <translation>Remote-Relay „%1“ ist %2; sein API-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2 (no API key).</source>
        <translation>Remote-Relay „%1“ ist %2 (kein API-Schlüssel).</translation>
    </message>
    <message>
        <source>List the remote relay profiles (never their keys).</source>
        <translation>Die Remote-Profile auflisten (nie ihre Schlüssel).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>unavailable (no keychain)</source>
        <translation>nicht verfügbar (kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>No remotes yet; add one with &apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos;.</source>
        <translation>Noch keine Remote-Relays; fügen Sie eines mit &apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos; hinzu.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Remove a remote relay profile and its API key in the keychain.</source>
        <translation>Ein Remote-Profil und seinen API-Schlüssel im Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation>Das Profil „%1“ wurde entfernt, aber sein API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; removed.</source>
        <translation>Remote-Relay „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Check a remote relay step by step: health, API key, a push/pull/peek round trip and the WebSocket.</source>
        <translation>Ein Remote-Relay Schritt für Schritt prüfen: Zustand, API-Schlüssel, ein Roundtrip aus push/pull/peek und der WebSocket.</translation>
    </message>
    <message>
        <source>Print the steps as JSON.</source>
        <translation>Die Schritte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Use this API key instead of the one in the keychain.</source>
        <translation>Diesen API-Schlüssel statt des Schlüssels aus dem Schlüsselbund verwenden.</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop remote COMMAND …</source>
        <translation>Aufruf: contextrelay-desktop remote COMMAND …</translation>
    </message>
    <message>
        <source>Remote relay profiles: a name for a relay&apos;s base URL, with its API key in the system keychain.</source>
        <translation>Remote-Profile: ein Name für die Basis-URL eines Relays, mit dessen API-Schlüssel im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>add or replace a profile</source>
        <translation>ein Profil hinzufügen oder ersetzen</translation>
    </message>
    <message>
        <source>list the profiles (never their keys)</source>
        <translation>die Profile auflisten (nie ihre Schlüssel)</translation>
    </message>
    <message>
        <source>remove a profile and its key</source>
        <translation>ein Profil und seinen Schlüssel entfernen</translation>
    </message>
    <message>
        <source>check health, key, round trip and WebSocket</source>
        <translation>Zustand, Schlüssel, Roundtrip und WebSocket prüfen</translation>
    </message>
    <message>
        <source>Then use a profile with --remote NAME on push, pull, peek, publish, subscribe, wait, status.</source>
        <translation>Verwenden Sie ein Profil dann mit --remote NAME bei push, pull, peek, publish, subscribe, wait und status.</translation>
    </message>
    <message>
        <source>Unknown remote command &quot;%1&quot;; try &apos;contextrelay-desktop remote --help&apos;.</source>
        <translation>Unbekannter remote-Befehl „%1“; versuchen Sie &apos;contextrelay-desktop remote --help&apos;.</translation>
    </message>
    <message>
        <source>Use either --remote or --server, not both.</source>
        <translation>Verwenden Sie entweder --remote oder --server, nicht beides.</translation>
    </message>
    <message>
        <source>Links LOCAL, a channel of this relay, with CHANNEL on the remote relay profile PROFILE.
out: pushes to LOCAL are re-pushed to the remote channel; in: pushes to the remote channel are pulled and re-pushed to LOCAL; both: both ways, never sending a payload back over the bridge it came through. While the remote is unreachable, outgoing payloads wait in a durable queue and go out in order when it returns. A running app picks the bridge up.</source>
        <translation>Verbindet LOCAL, einen Kanal dieses Relays, mit CHANNEL auf dem Remote-Profil PROFILE.
out: Pushes in LOCAL werden erneut in den Remote-Kanal gepusht; in: Pushes in den Remote-Kanal werden gepullt und erneut in LOCAL gepusht; both: in beide Richtungen, wobei eine Payload nie über die Brücke zurückgeschickt wird, über die sie kam. Solange das Remote-Relay nicht erreichbar ist, warten ausgehende Payloads in einer dauerhaften Warteschlange und werden der Reihe nach gesendet, sobald es wieder da ist. Eine laufende App übernimmt die Brücke.</translation>
    </message>
    <message>
        <source>The local channel.</source>
        <translation>Der lokale Kanal.</translation>
    </message>
    <message>
        <source>PROFILE:CHANNEL on the remote relay.</source>
        <translation>PROFILE:CHANNEL auf dem Remote-Relay.</translation>
    </message>
    <message>
        <source>out (default), in or both.</source>
        <translation>out (Standard), in oder both.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>--direction must be out, in or both.</source>
        <translation>--direction muss out, in oder both sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PROFILE:CHANNEL.</source>
        <translation>„%1“ hat nicht die Form PROFILE:CHANNEL.</translation>
    </message>
    <message>
        <source>Bridge %1 added: %2.</source>
        <translation>Brücke %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>Lists the channel bridges: id, local channel, direction, remote.</source>
        <translation>Listet die Kanalbrücken auf: ID, lokaler Kanal, Richtung, Remote.</translation>
    </message>
    <message>
        <source>No channel bridges.</source>
        <translation>Keine Kanalbrücken.</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOKAL</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <source>REMOTE</source>
        <translation>REMOTE</translation>
    </message>
    <message>
        <source>Removes a channel bridge. Payloads still queued for it are dropped by the running app.</source>
        <translation>Entfernt eine Kanalbrücke. Payloads, die noch für sie in der Warteschlange stehen, verwirft die laufende App.</translation>
    </message>
    <message>
        <source>The bridge&apos;s id (or its start), from &apos;list&apos;.</source>
        <translation>Die ID der Brücke (oder ihr Anfang), aus &apos;list&apos;.</translation>
    </message>
    <message>
        <source>Bridge %1 removed: %2.</source>
        <translation>Brücke %1 entfernt: %2.</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
       contextrelay-desktop bridge-channel list
       contextrelay-desktop bridge-channel remove ID
Each has --help.</source>
        <translation>Aufruf: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
        contextrelay-desktop bridge-channel list
        contextrelay-desktop bridge-channel remove ID
Jeder Befehl kennt --help.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <source>Also print each signal published on the channel, as a line of JSON {&quot;message&quot;: …, &quot;ts&quot;: …} (with --exec: its last argument).</source>
        <translation>Gibt zusätzlich jedes auf dem Kanal veröffentlichte Signal als JSON-Zeile {&quot;message&quot;: …, &quot;ts&quot;: …} aus (mit --exec: als letztes Argument).</translation>
    </message>
    <message>
        <source>Wait for the next published signal instead, and print it as a line of JSON.</source>
        <translation>Wartet stattdessen auf das nächste veröffentlichte Signal und gibt es als JSON-Zeile aus.</translation>
    </message>
    <message>
        <source>Metadata entry; may be repeated. JSON values keep their type; quote one to make it text.</source>
        <translation>Metadaten-Eintrag; kann wiederholt werden. JSON-Werte behalten ihren Typ; in Anführungszeichen gesetzt wird ein Wert zu Text.</translation>
    </message>
</context>
<context>
    <name>Relay::Cli::ExecQueue</name>
    <message>
        <source>The command exited with code %1.</source>
        <translation>Der Befehl wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Relay::Cli::StdinDevice</name>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Relay::ConnectionTest</name>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>Zeitüberschreitung: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>unreachable: no answer within %1 s</source>
        <translation>nicht erreichbar: keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>HTTP %1: this is not a ContextRelay relay (GET / should answer 200)</source>
        <translation>HTTP %1: kein ContextRelay-Relay (GET / sollte 200 liefern)</translation>
    </message>
    <message>
        <source>the server answers, but not as a ContextRelay relay (GET / said &quot;%1&quot;)</source>
        <translation>der Server antwortet, aber nicht wie ein ContextRelay-Relay (GET / lieferte „%1“)</translation>
    </message>
    <message>
        <source>the payload pulled back differs from the one pushed</source>
        <translation>die zurückgepullte Payload unterscheidet sich von der gepushten</translation>
    </message>
    <message>
        <source>peek shows other metadata than was pushed</source>
        <translation>peek zeigt andere Metadaten als gepusht</translation>
    </message>
    <message>
        <source>unreachable: the WebSocket connection failed (%1)</source>
        <translation>nicht erreichbar: WebSocket-Verbindung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the pushed pointer did not arrive on the WebSocket within %1 s</source>
        <translation>der gepushte Pointer ist nicht innerhalb von %1 s über den WebSocket eingetroffen</translation>
    </message>
    <message>
        <source>unreachable: the WebSocket did not connect within %1 s</source>
        <translation>nicht erreichbar: Der WebSocket hat sich nicht innerhalb von %1 s verbunden</translation>
    </message>
</context>
<context>
    <name>Relay::Forwarder</name>
    <message>
        <source>from %1:%2</source>
        <translation>von %1:%2</translation>
    </message>
    <message>
        <source>The queue of the bridges on channel %1 is full (%2 payloads waiting) because the remote relay is unreachable; nothing was dropped. Try again once it is back.</source>
        <translation>Die Warteschlange der Brücken in Kanal %1 ist voll (%2 Payloads warten), weil das Remote-Relay nicht erreichbar ist; es wurde nichts verworfen. Versuchen Sie es erneut, sobald es wieder da ist.</translation>
    </message>
</context>
<context>
    <name>Relay::ForwardingController</name>
    <message>
        <source>there is no remote profile named &quot;%1&quot;</source>
        <translation>es gibt kein Remote-Profil namens „%1“</translation>
    </message>
</context>
<context>
    <name>Relay::RelayClient</name>
    <message>
        <source>&quot;%1&quot; is neither a pointer URL (…/pull/&lt;id&gt;) nor a payload id.</source>
        <translation>„%1“ ist weder eine Pointer-URL (…/pull/&lt;id&gt;) noch eine Payload-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ContextRelay pointer URL (…/pull/&lt;id&gt;).</source>
        <translation>„%1“ ist keine ContextRelay-Pointer-URL (…/pull/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The pointer URL has no payload id.</source>
        <translation>Die Pointer-URL enthält keine Payload-ID.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation>Das Relay unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1 (%2).</source>
        <translation>Das Relay unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>Not found: the payload does not exist or has expired.</source>
        <translation>Nicht gefunden: Die Payload existiert nicht oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>The relay refused the request (HTTP %1): %2</source>
        <translation>Das Relay hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The payload is not UTF-8 text; send it raw (as a file) instead.</source>
        <translation>Die Payload ist kein UTF-8-Text; senden Sie sie stattdessen roh (als Datei).</translation>
    </message>
    <message>
        <source>The relay&apos;s answer to the push has no &quot;url&quot;; is this a ContextRelay relay?</source>
        <translation>Die Antwort des Relays auf den Push enthält kein „url“; ist das ein ContextRelay-Relay?</translation>
    </message>
    <message>
        <source>Cannot decrypt the payload: %1</source>
        <translation>Die Payload kann nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>A channel name is needed.</source>
        <translation>Ein Kanalname ist erforderlich.</translation>
    </message>
    <message>
        <source>The relay does not support publish (no &quot;delivered&quot; in its answer).</source>
        <translation>Das Relay unterstützt publish nicht (kein „delivered“ in seiner Antwort).</translation>
    </message>
    <message>
        <source>The relay&apos;s /stats answer is not a JSON object.</source>
        <translation>Die /stats-Antwort des Relays ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>401: the API key is invalid or missing (the relay at %1 refused it).</source>
        <translation>401: API-Schlüssel ungültig oder fehlt (das Relay unter %1 hat ihn abgelehnt).</translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay at %1.</source>
        <translation>402: Kontingent auf dem Remote-Relay unter %1 überschritten.</translation>
    </message>
</context>
<context>
    <name>Relay::RelayHost</name>
    <message>
        <source>Channel bridges are off: %1</source>
        <translation>Kanalbrücken sind deaktiviert: %1</translation>
    </message>
</context>
<context>
    <name>Relay::RelayRouter</name>
    <message>
        <source>&quot;ttl&quot; must be a whole number of seconds from %1 to %2.</source>
        <translation>„ttl“ muss eine ganze Sekundenzahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>&quot;max_reads&quot; must be a whole number of at least 1.</source>
        <translation>„max_reads“ muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>ttl must be a whole number of seconds from %1 to %2.</source>
        <translation>ttl muss eine ganze Sekundenzahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>max_reads must be a whole number of at least 1.</source>
        <translation>max_reads muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The payload is %1 bytes; this relay accepts at most %2.</source>
        <translation>Die Payload ist %1 Bytes groß; dieses Relay akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The relay&apos;s store is full; nothing was evicted to make room. Delete payloads or wait for them to expire.</source>
        <translation>Der Speicher des Relays ist voll; um Platz zu schaffen, wurde nichts entfernt. Löschen Sie Payloads oder warten Sie, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>The payload could not be written to disk.</source>
        <translation>Die Payload konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>replay must be a whole number from 0 to %1.</source>
        <translation>replay muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>Die Payload ist leer.</translation>
    </message>
    <message>
        <source>This relay&apos;s store is full.</source>
        <translation>Der Speicher dieses Relays ist voll.</translation>
    </message>
    <message>
        <source>not kept for replay: the relay is at its channel limit (%1, --max-channels)</source>
        <translation>nicht für Replay aufbewahrt: Das Relay hat sein Kanallimit erreicht (%1, --max-channels)</translation>
    </message>
</context>
<context>
    <name>Relay::RelayServer</name>
    <message>
        <source>The crypto library (libsodium) could not be initialised.</source>
        <translation>Die Kryptobibliothek (libsodium) konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>read limit reached</source>
        <translation>Abruflimit erreicht</translation>
    </message>
    <message>
        <source>Another relay is already using the data directory %1.</source>
        <translation>Ein anderes Relay verwendet bereits das Datenverzeichnis %1.</translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read every payload. Create one with &apos;contextrelay-desktop keys create&apos;.</source>
        <translation>Lauschen über Loopback hinaus erfordert API-Schlüssel: Ohne sie könnte jeder im Netzwerk jede Payload lesen. Erstellen Sie einen mit &apos;contextrelay-desktop keys create&apos;.</translation>
    </message>
    <message>
        <source>No API key is left, but the relay listens beyond loopback: it keeps requiring one, so every request but GET / is refused until a key is created.</source>
        <translation>Es ist kein API-Schlüssel mehr übrig, aber das Relay lauscht über Loopback hinaus: Es verlangt weiterhin einen, daher wird jede Anfrage außer GET / abgelehnt, bis ein Schlüssel erstellt wird.</translation>
    </message>
    <message>
        <source>Subscriber %1 stopped reading and was disconnected with %2 bytes unsent (--max-pending-ws-bytes).</source>
        <translation>Abonnent %1 hat aufgehört zu lesen und wurde mit %2 nicht gesendeten Bytes getrennt (--max-pending-ws-bytes).</translation>
    </message>
</context>
<context>
    <name>Relay::RemoteProfiles</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>A relay URL starts with http:// or https://, not &quot;%1&quot;.</source>
        <translation>Eine Relay-URL beginnt mit http:// oder https://, nicht mit „%1“.</translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; names no host.</source>
        <translation>Die Relay-URL „%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>The relay URL must not carry a user name or password; the API key is kept in the keychain instead.</source>
        <translation>Die Relay-URL darf weder Benutzername noch Passwort enthalten; der API-Schlüssel wird stattdessen im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; must be a base URL, without &quot;?…&quot; or &quot;#…&quot;.</source>
        <translation>Die Relay-URL „%1“ muss eine Basis-URL sein, ohne „?…“ oder „#…“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein verwendbarer Remote-Name: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Cannot save the remote profile to %1.</source>
        <translation>Das Remote-Profil kann nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Relay::SecretStore</name>
    <message>
        <source>No keychain service is running (Secret Service or KWallet), so the key cannot be stored safely.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (Secret Service oder KWallet), daher kann der Schlüssel nicht sicher gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui</name>
    <message>
        <source>%1 is a folder; copy files instead.</source>
        <translation>%1 ist ein Ordner; kopieren Sie stattdessen Dateien.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the relay accepts (%3).</source>
        <translation>%1 ist %2 groß, mehr als das Relay akzeptiert (%3).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The copied image cannot be encoded as PNG.</source>
        <translation>Das kopierte Bild kann nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>The copied image is %1 as PNG, more than the relay accepts (%2).</source>
        <translation>Das kopierte Bild ist als PNG %1 groß, mehr als das Relay akzeptiert (%2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot save the payload to %1: %2</source>
        <translation>Die Payload kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot; any more; see Settings, Remote Relays.</source>
        <translation>Es gibt kein Remote-Relay namens „%1“ mehr; siehe Einstellungen, Remote-Relays.</translation>
    </message>
    <message>
        <source>The API keys of remote relays cannot be read here.</source>
        <translation>Die API-Schlüssel von Remote-Relays können hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2 Enter it as a session-only key in Settings, Remote Relays.</source>
        <translation>Der API-Schlüssel von „%1“ kann nicht gelesen werden: %2 Geben Sie ihn unter Einstellungen, Remote-Relays als Schlüssel nur für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2</source>
        <translation>Der API-Schlüssel von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::AboutDialog</name>
    <message>
        <source>About ContextRelay Desktop</source>
        <translation>Über ContextRelay Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A local ContextRelay relay: AI agents on this computer hand each other large payloads by URL instead of pasting them through prompts.</source>
        <translation>Ein lokales ContextRelay-Relay: KI-Agenten auf diesem Computer übergeben einander große Payloads per URL, statt sie durch Prompts zu kopieren.</translation>
    </message>
    <message>
        <source>Qt %1, libsodium %2, %3.</source>
        <translation>Qt %1, libsodium %2, %3.</translation>
    </message>
    <message>
        <source>Free software under the MIT license. Wire-compatible with the open-source &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt; Worker.</source>
        <translation>Freie Software unter der MIT-Lizenz. Protokollkompatibel mit dem quelloffenen &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt;-Worker.</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsinfo &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation>Der Autostart-Eintrag %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1: %2</source>
        <translation>Der Autostart-Eintrag %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Hand large payloads between AI agents by URL, on this computer</source>
        <translation>Große Payloads per URL zwischen KI-Agenten weiterreichen, auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::BridgesPage</name>
    <message>
        <source>→ out</source>
        <translation>→ ausgehend</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← eingehend</translation>
    </message>
    <message>
        <source>↔ both</source>
        <translation>↔ beide</translation>
    </message>
    <message>
        <source>What is pushed to the local channel is pushed to the remote channel too.</source>
        <translation>Was in den lokalen Kanal gepusht wird, wird auch in den Remote-Kanal gepusht.</translation>
    </message>
    <message>
        <source>What is pushed to the remote channel is pulled and pushed here too.</source>
        <translation>Was in den Remote-Kanal gepusht wird, wird gepullt und auch hier gepusht.</translation>
    </message>
    <message>
        <source>Both ways; a payload never goes back over the bridge it came through.</source>
        <translation>In beide Richtungen; eine Payload geht nie über die Brücke zurück, über die sie kam.</translation>
    </message>
    <message>
        <source>Local channel</source>
        <translation>Lokaler Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Remote channel</source>
        <translation>Remote-Kanal</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>Neue Brücke</translation>
    </message>
    <message>
        <source>e.g. team</source>
        <translation>z. B. team</translation>
    </message>
    <message>
        <source>the same as the local channel</source>
        <translation>wie der lokale Kanal</translation>
    </message>
    <message>
        <source>→ out: pushes here go there too</source>
        <translation>→ ausgehend: Pushes hier gehen auch dorthin</translation>
    </message>
    <message>
        <source>← in: pushes there come here too</source>
        <translation>← eingehend: Pushes dort kommen auch hierher</translation>
    </message>
    <message>
        <source>↔ both ways</source>
        <translation>↔ in beide Richtungen</translation>
    </message>
    <message>
        <source>&amp;Add Bridge</source>
        <translation>Brücke &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a remote relay on the Remote Relays tab first.</source>
        <translation>Fügen Sie zuerst auf dem Tab „Remote-Relays“ ein Remote-Relay hinzu.</translation>
    </message>
    <message>
        <source>&amp;Local channel:</source>
        <translation>&amp;Lokaler Kanal:</translation>
    </message>
    <message>
        <source>Remote rela&amp;y:</source>
        <translation>Remote-Rela&amp;y:</translation>
    </message>
    <message>
        <source>Remote &amp;channel:</source>
        <translation>Remote-&amp;Kanal:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>R&amp;ichtung:</translation>
    </message>
    <message>
        <source>A bridge links a local channel with a channel of a remote relay. Outgoing payloads wait in a durable queue while the remote is unreachable. Changes here are saved at once.</source>
        <translation>Eine Brücke verbindet einen lokalen Kanal mit einem Kanal eines Remote-Relays. Ausgehende Payloads warten in einer dauerhaften Warteschlange, solange das Remote-Relay nicht erreichbar ist. Änderungen hier werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot;: what this bridge sends waits in its queue until there is one.</source>
        <translation>Es gibt kein Remote-Relay namens „%1“: Was diese Brücke sendet, wartet in ihrer Warteschlange, bis es eines gibt.</translation>
    </message>
    <message>
        <source>The id the bridge-channel command uses.</source>
        <translation>Die ID, die der Befehl bridge-channel verwendet.</translation>
    </message>
    <message>
        <source>Enter the local channel to bridge.</source>
        <translation>Geben Sie den lokalen Kanal ein, der verbunden werden soll.</translation>
    </message>
    <message>
        <source>Remove Bridge</source>
        <translation>Brücke entfernen</translation>
    </message>
    <message>
        <source>Remove the bridge %1? Payloads still waiting in its queue are dropped.</source>
        <translation>Brücke %1 entfernen? Payloads, die noch in ihrer Warteschlange warten, werden verworfen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ChannelTableModel</name>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n Abonnent</numerusform>
            <numerusform>%n Abonnenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) pushed</source>
        <translation>
            <numerusform>%n Payload gepusht</numerusform>
            <numerusform>%n Payloads gepusht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published</source>
        <translation>
            <numerusform>%n Nachricht veröffentlicht</numerusform>
            <numerusform>%n Nachrichten veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation>Pushes</translation>
    </message>
    <message>
        <source>Publishes</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in Warteschlange</numerusform>
            <numerusform>%n in Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>%n nicht zustellbar</numerusform>
            <numerusform>%n nicht zustellbar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 zugestellt</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 in der Warteschlange</translation>
    </message>
    <message>
        <source>Last error at %1.</source>
        <translation>Letzter Fehler: %1.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ClipboardActions</name>
    <message>
        <source>The relay restarted before the clipboard action finished; try again.</source>
        <translation>Das Relay wurde neu gestartet, bevor die Zwischenablage-Aktion abgeschlossen war; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation>Die vorige Zwischenablage-Aktion ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The relay is not running.</source>
        <translation>Das Relay läuft nicht.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n files are copied; push at most %1 at once.</source>
        <translation>
            <numerusform>%n Datei ist kopiert; pushen Sie höchstens %1 auf einmal.</numerusform>
            <numerusform>%n Dateien sind kopiert; pushen Sie höchstens %1 auf einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copied text is %1, more than the relay accepts (%2).</source>
        <translation>Der kopierte Text ist %1 groß, mehr als das Relay akzeptiert (%2).</translation>
    </message>
    <message>
        <source>The clipboard holds no text, files or image to push.</source>
        <translation>Die Zwischenablage enthält weder Text noch Dateien noch ein Bild zum Pushen.</translation>
    </message>
    <message>
        <source>The relay stopped before the push finished.</source>
        <translation>Das Relay wurde gestoppt, bevor der Push abgeschlossen war.</translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation>Es gibt keine Zwischenablage.</translation>
    </message>
    <message>
        <source>The clipboard holds no pointer URL (http://…/pull/…).</source>
        <translation>Die Zwischenablage enthält keine Pointer-URL (http://…/pull/…).</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::DisplayFormat</name>
    <message>
        <source>%1 KB</source>
        <comment>size in kilobytes (1000 B)</comment>
        <translation>%1 kB</translation>
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
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n Sek.</numerusform>
            <numerusform>vor %n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
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
        <translation>gepusht</translation>
    </message>
    <message>
        <source>pulled</source>
        <comment>event type</comment>
        <translation>gepullt</translation>
    </message>
    <message>
        <source>peeked</source>
        <comment>event type</comment>
        <translation>eingesehen</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>event type</comment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>event type</comment>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>subscribed</source>
        <comment>event type</comment>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <comment>event type</comment>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>published</source>
        <comment>event type</comment>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>event type</comment>
        <translation>abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n subscriber(s) reached</source>
        <translation>
            <numerusform>%1, %n Abonnent erreicht</numerusform>
            <numerusform>%1, %n Abonnenten erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %2 of %n time(s)</source>
        <translation>
            <numerusform>%1, %2 von %n Abruf</numerusform>
            <numerusform>%1, %2 von %n Abrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %n time(s)</source>
        <translation>
            <numerusform>%1, %n-mal abgerufen</numerusform>
            <numerusform>%1, %n-mal abgerufen</numerusform>
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
            <numerusform>%1, %n Abonnent im Kanal</numerusform>
            <numerusform>%1, %n Abonnenten im Kanal</numerusform>
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
Datei: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::EventLogPanel</name>
    <message>
        <source>All Events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation>Nur bestimmte Ereignisarten anzeigen</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop adding events to the log (the relay keeps running)</source>
        <translation>Keine weiteren Ereignisse ins Protokoll aufnehmen (das Relay läuft weiter)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Empty the log</source>
        <translation>Das Protokoll leeren</translation>
    </message>
    <message>
        <source>No events yet. Pushes, pulls, subscriptions and rejections show up here as they happen.</source>
        <translation>Noch keine Ereignisse. Pushes, Pulls, Abonnements und Ablehnungen erscheinen hier, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>No Events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n event(s) not shown</source>
        <translation>
            <numerusform>Angehalten: %n Ereignis nicht angezeigt</numerusform>
            <numerusform>Angehalten: %n Ereignisse nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. New events are counted but not shown.</source>
        <translation>Angehalten. Neue Ereignisse werden gezählt, aber nicht angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>No events of the chosen types.</source>
        <translation>Keine Ereignisse der gewählten Arten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 von %n Ereignis</numerusform>
            <numerusform>%1 von %n Ereignissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relay::Ui::InspectorWindow</name>
    <message>
        <source>ContextRelay Inspector</source>
        <translation>ContextRelay-Inspektor</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Payloads</translation>
    </message>
    <message>
        <source>No channels yet. A channel appears when a payload is pushed to it or an agent subscribes to it.</source>
        <translation>Noch keine Kanäle. Ein Kanal erscheint, sobald eine Payload in ihn gepusht wird oder ein Agent ihn abonniert.</translation>
    </message>
    <message>
        <source>Double-click a channel to see its payloads</source>
        <translation>Doppelklicken Sie auf einen Kanal, um seine Payloads zu sehen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>No subscribers. Agents subscribe with a WebSocket to /ws/&lt;channel&gt;.</source>
        <translation>Keine Abonnenten. Agenten abonnieren per WebSocket auf /ws/&lt;channel&gt;.</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Show Only Channel “%1”</source>
        <translation>Nur Kanal „%1“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Push…</source>
        <translation>&amp;Neuer Push…</translation>
    </message>
    <message>
        <source>&amp;Pull URL…</source>
        <translation>URL &amp;pullen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Payload</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;curl Command</source>
        <translation>&amp;curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Push &amp;Again to Channel…</source>
        <translation>&amp;Erneut in Kanal pushen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find Payloads</source>
        <translation>Payloads &amp;suchen</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Wird gepusht…</translation>
    </message>
    <message>
        <source>The relay&apos;s address for agents. Click to copy it.</source>
        <translation>Die Adresse des Relays für Agenten. Klicken Sie, um sie zu kopieren.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Pushing: %1 of %2</source>
        <translation>Push läuft: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s)</source>
        <translation>
            <numerusform>%n Payload</numerusform>
            <numerusform>%n Payloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n Abonnent</numerusform>
            <numerusform>%n Abonnenten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title with a count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>New connections are refused; subscribers already connected stay.</source>
        <translation>Neue Verbindungen werden abgelehnt; bereits verbundene Abonnenten bleiben.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>The relay accepts pushes and pulls.</source>
        <translation>Das Relay nimmt Pushes und Pulls an.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n URL(s) to the clipboard.</source>
        <translation>
            <numerusform>%n URL in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n URLs in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n curl command(s). Running one counts as a read.</source>
        <translation>
            <numerusform>%n curl-Befehl kopiert. Jede Ausführung zählt als Abruf.</numerusform>
            <numerusform>%n curl-Befehle kopiert. Jede Ausführung zählt als Abruf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Payload speichern</translation>
    </message>
    <message>
        <source>The payload is gone: it expired or was deleted.</source>
        <translation>Die Payload ist nicht mehr da: Sie ist abgelaufen oder wurde gelöscht.</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 unter %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payload(s).</source>
        <translation>
            <numerusform>%n Payload gelöscht.</numerusform>
            <numerusform>%n Payloads gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push Again</source>
        <translation>Erneut pushen</translation>
    </message>
    <message>
        <source>Push a copy of %1 to the channel:</source>
        <translation>Eine Kopie von %1 in folgenden Kanal pushen:</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pushen</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n payload(s); the URL is on the clipboard.</source>
        <translation>
            <numerusform>%n Payload gepusht; die URL ist in der Zwischenablage.</numerusform>
            <numerusform>%n Payloads gepusht; die URLs sind in der Zwischenablage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gepusht…</numerusform>
            <numerusform>%n Dateien werden gepusht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing the dropped text…</source>
        <translation>Der abgelegte Text wird gepusht…</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Wird an %1 gepusht…</translation>
    </message>
    <message>
        <source>Pushed to %1; the URL is on the clipboard.</source>
        <translation>An %1 gepusht; die URL ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>Push an %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation>Ü&amp;ber ContextRelay Desktop</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadPusher</name>
    <message>
        <source>The relay is not running, so nothing can be pushed yet.</source>
        <translation>Das Relay läuft nicht, daher kann noch nichts gepusht werden.</translation>
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
Datei: %2</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) left</source>
        <translation>
            <numerusform>noch %n Abruf</numerusform>
            <numerusform>noch %n Abrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No read limit</source>
        <translation>Kein Abruflimit</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Abrufe</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadsPanel</name>
    <message>
        <source>Search id, channel, metadata, file name…</source>
        <translation>ID, Kanal, Metadaten, Dateiname suchen…</translation>
    </message>
    <message>
        <source>This payload is gone: it expired, was deleted or was read its last time.</source>
        <translation>Diese Payload ist nicht mehr da: Sie ist abgelaufen, wurde gelöscht oder zum letzten Mal abgerufen.</translation>
    </message>
    <message>
        <source>No payloads yet — push one with %1 or drop a file here.</source>
        <translation>Noch keine Payloads – pushen Sie eine mit %1 oder legen Sie hier eine Datei ab.</translation>
    </message>
    <message>
        <source>No payload matches “%1”.</source>
        <translation>Keine Payload passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PreviewPane</name>
    <message>
        <source>View as:</source>
        <translation>Anzeigen als:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
        <translation>Die Payload anders anzeigen, als sie erkannt wurde</translation>
    </message>
    <message>
        <source>This payload is encrypted</source>
        <translation>Diese Payload ist verschlüsselt</translation>
    </message>
    <message>
        <source>The relay keeps it as a Fernet token and cannot read it. Paste the key, or the whole URL with #key=…, to decrypt it here. The key is not sent anywhere and not stored.</source>
        <translation>Das Relay speichert sie als Fernet-Token und kann sie nicht lesen. Fügen Sie den Schlüssel oder die ganze URL mit #key=… ein, um sie hier zu entschlüsseln. Der Schlüssel wird nirgendwohin gesendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Key, or URL with #key=…</source>
        <translation>Schlüssel oder URL mit #key=…</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Select a payload to preview it.</source>
        <translation>Wählen Sie eine Payload für die Vorschau aus.</translation>
    </message>
    <message>
        <source>Payload %1</source>
        <translation>Payload %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Metadata:
%1</source>
        <translation>Metadaten:
%1</translation>
    </message>
    <message>
        <source>Decrypted here with your key; the key stays in this program.</source>
        <translation>Hier mit Ihrem Schlüssel entschlüsselt; der Schlüssel bleibt in diesem Programm.</translation>
    </message>
    <message>
        <source>This could not be shown as an image; showing its bytes instead.</source>
        <translation>Dies konnte nicht als Bild angezeigt werden; stattdessen werden die Bytes angezeigt.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Wird formatiert…</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>Bild wird dekodiert…</translation>
    </message>
    <message>
        <source>Paste the key, or the URL that ends with #key=…, first.</source>
        <translation>Fügen Sie zuerst den Schlüssel oder die URL ein, die auf #key=… endet.</translation>
    </message>
    <message>
        <source>Only part of this payload has been loaded, so it cannot be decrypted yet. Try again in a moment.</source>
        <translation>Von dieser Payload wurde erst ein Teil geladen, daher kann sie noch nicht entschlüsselt werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation>Entschlüsseln fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Wird entschlüsselt…</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PullDialog</name>
    <message>
        <source>Pull URL</source>
        <translation>URL pullen</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787/pull/… (with #key=… for encrypted payloads)</source>
        <translation>http://127.0.0.1:8787/pull/… (mit #key=… bei verschlüsselten Payloads)</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pullen</translation>
    </message>
    <message>
        <source>Pulling counts as a read: a payload with a read limit may be used up.</source>
        <translation>Ein Pull zählt als Abruf: Eine Payload mit Abruflimit kann dadurch aufgebraucht werden.</translation>
    </message>
    <message>
        <source>Paste a pointer URL and press Pull.</source>
        <translation>Fügen Sie eine Pointer-URL ein und klicken Sie auf „Pullen“.</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Paste a pointer URL first.</source>
        <translation>Fügen Sie zuerst eine Pointer-URL ein.</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 wird gepullt…</translation>
    </message>
    <message>
        <source>Pulled %1 (%2).</source>
        <translation>%1 gepullt (%2).</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Payload speichern</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 unter %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PushDialog</name>
    <message>
        <source>New Push</source>
        <translation>Neuer Push</translation>
    </message>
    <message>
        <source>Text, JSON or Markdown to push…</source>
        <translation>Zu pushender Text, JSON oder Markdown…</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Path of the file to push</source>
        <translation>Pfad der zu pushenden Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The file is pushed as it is, with its name and content type. You can also drop files on the inspector window.</source>
        <translation>Die Datei wird unverändert gepusht, mit ihrem Namen und Content-Type. Sie können Dateien auch auf das Inspektorfenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Dat&amp;ei</translation>
    </message>
    <message>
        <source>None: no subscriber is told</source>
        <translation>Keiner: kein Abonnent wird benachrichtigt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Values that parse as JSON (3, true, [1, 2]) are sent as such; anything else as text.</source>
        <translation>Werte, die sich als JSON parsen lassen (3, true, [1, 2]), werden als solche gesendet; alles andere als Text.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation>Einen Metadateneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>Den ausgewählten Metadateneintrag entfernen</translation>
    </message>
    <message>
        <source>Relay default</source>
        <translation>Relay-Standard</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Encrypt here; the key travels only in the URL (#key=…)</source>
        <translation>Hier &amp;verschlüsseln; der Schlüssel reist nur in der URL mit (#key=…)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>Expires &amp;after:</source>
        <translation>&amp;Ablauf nach:</translation>
    </message>
    <message>
        <source>Max &amp;reads:</source>
        <translation>Max. A&amp;brufe:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Pushen</translation>
    </message>
    <message>
        <source>Type or paste the text to push.</source>
        <translation>Geben Sie den zu pushenden Text ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Choose the file to push.</source>
        <translation>Wählen Sie die zu pushende Datei.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Metadata row %1 has a value but no key.</source>
        <translation>Metadatenzeile %1 hat einen Wert, aber keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; appears twice.</source>
        <translation>Der Metadatenschlüssel „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Push a File</source>
        <translation>Datei pushen</translation>
    </message>
    <message>
        <source>Local relay</source>
        <translation>Lokales Relay</translation>
    </message>
    <message>
        <source>Push to this computer&apos;s relay, or to a remote relay set up in Settings.</source>
        <translation>An das Relay dieses Computers pushen oder an ein in den Einstellungen eingerichtetes Remote-Relay.</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Remote-Relay: %1</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteClipboardPush</name>
    <message>
        <source>Pushing to &quot;%1&quot; failed: %2</source>
        <translation>Push an „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation>Die vorige Zwischenablage-Aktion ist noch nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteEditDialog</name>
    <message>
        <source>Add Remote Relay</source>
        <translation>Remote-Relay hinzufügen</translation>
    </message>
    <message>
        <source>Edit Remote Relay</source>
        <translation>Remote-Relay bearbeiten</translation>
    </message>
    <message>
        <source>e.g. cloud</source>
        <translation>z. B. cloud</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; bridges and the command line use it.</source>
        <translation>1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;; Brücken und die Befehlszeile verwenden ihn.</translation>
    </message>
    <message>
        <source>none, if the remote needs no key</source>
        <translation>keiner, falls das Remote-Relay keinen Schlüssel braucht</translation>
    </message>
    <message>
        <source>unchanged; type a new key to replace it</source>
        <translation>unverändert; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Schlüssel nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only: enter it again after ContextRelay Desktop restarts.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten: Geben Sie ihn nach einem Neustart von ContextRelay Desktop erneut ein.</translation>
    </message>
    <message>
        <source>The key stays in memory until ContextRelay Desktop quits; nothing is written to disk.</source>
        <translation>Der Schlüssel bleibt im Arbeitsspeicher, bis ContextRelay Desktop beendet wird; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The key goes to the system keychain, never to the settings file.</source>
        <translation>Der Schlüssel kommt in den System-Schlüsselbund, nie in die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Give the remote a name, e.g. cloud.</source>
        <translation>Geben Sie dem Remote-Relay einen Namen, z. B. cloud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein verwendbarer Name: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is already a remote named &quot;%1&quot;; edit that one, or pick another name.</source>
        <translation>Es gibt bereits ein Remote-Relay namens „%1“; bearbeiten Sie dieses oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s base URL, e.g. https://relay.example.com.</source>
        <translation>Geben Sie die Basis-URL des Relays ein, z. B. https://relay.example.com.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The key was not saved. Save again to keep it for this session only.</source>
        <translation>Der Schlüssel wurde nicht gespeichert. Speichern Sie erneut, um ihn nur für diese Sitzung zu behalten.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemotesPage</name>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Roundtrip</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Checks the relay&apos;s health, the API key, a push and pull, and a WebSocket subscription.</source>
        <translation>Prüft den Zustand des Relays, den API-Schlüssel, einen Push und Pull sowie ein WebSocket-Abonnement.</translation>
    </message>
    <message>
        <source>Relays elsewhere that you can push to (from the tray or New Push) and bridge channels with. API keys are kept in the system keychain, never in the settings file. Changes here are saved at once.</source>
        <translation>Relays an anderen Orten, an die Sie pushen (über das Tray-Menü oder „Neuer Push“) und mit denen Sie Kanäle per Brücke verbinden können. API-Schlüssel werden im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei. Änderungen hier werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>session only</source>
        <translation>nur Sitzung</translation>
    </message>
    <message>
        <source>Kept in memory until ContextRelay Desktop quits.</source>
        <translation>Im Arbeitsspeicher, bis ContextRelay Desktop beendet wird.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>No key: requests go to the remote without one.</source>
        <translation>Kein Schlüssel: Anfragen gehen ohne Schlüssel an das Remote-Relay.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Remove the remote relay &quot;%1&quot; and its API key?</source>
        <translation>Remote-Relay „%1“ und seinen API-Schlüssel entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s) use it: what they send waits in the queue until a remote of that name exists again.</source>
        <translation>
            <numerusform>%n Brücke verwendet es: Was sie sendet, wartet in der Warteschlange, bis wieder ein Remote-Relay dieses Namens existiert.</numerusform>
            <numerusform>%n Brücken verwenden es: Was sie senden, wartet in der Warteschlange, bis wieder ein Remote-Relay dieses Namens existiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Remote Relay</source>
        <translation>Remote-Relay entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber sein API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot; at %2…</source>
        <translation>„%1“ unter %2 wird getestet…</translation>
    </message>
    <message>
        <source>No API key is set for &quot;%1&quot;: testing without one.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gesetzt: Test ohne Schlüssel.</translation>
    </message>
    <message>
        <source>No API key: %1</source>
        <translation>Kein API-Schlüssel: %1</translation>
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
        <translation>„%1“ funktioniert: Alle Schritte bestanden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the test; the steps after the first failure did not run.</source>
        <translation>„%1“ hat den Test nicht bestanden; die Schritte nach dem ersten Fehler wurden nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SettingsDialog</name>
    <message>
        <source>ContextRelay Settings</source>
        <translation>ContextRelay-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relay</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Agents connect to http://127.0.0.1:&lt;port&gt;; 8787 is what the SDK expects.</source>
        <translation>Agenten verbinden sich mit http://127.0.0.1:&lt;port&gt;; 8787 erwartet das SDK.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>loopback only (127.0.0.1 and ::1)</source>
        <translation>nur Loopback (127.0.0.1 und ::1)</translation>
    </message>
    <message>
        <source>IP addresses to listen on, separated by commas. Anything beyond loopback exposes the relay to the network and needs API keys.</source>
        <translation>IP-Adressen, auf denen gelauscht wird, durch Kommas getrennt. Alles außer Loopback macht das Relay im Netzwerk erreichbar und erfordert API-Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Lauschen &amp;auf:</translation>
    </message>
    <message>
        <source>D&amp;urable: payloads survive a restart (SQLite)</source>
        <translation>Da&amp;uerhaft: Payloads überstehen einen Neustart (SQLite)</translation>
    </message>
    <message>
        <source>E&amp;phemeral: in memory only, gone when the relay stops</source>
        <translation>&amp;Flüchtig: nur im Arbeitsspeicher, verloren, sobald das Relay stoppt</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Speicherung:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>How long a payload lives when its push does not say (1 min … 7 days).</source>
        <translation>Wie lange eine Payload lebt, wenn ihr Push nichts angibt (1 Min. … 7 Tage).</translation>
    </message>
    <message>
        <source>Default &amp;lifetime:</source>
        <translation>Standard-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Larger pushes are refused with HTTP 413.</source>
        <translation>Größere Pushes werden mit HTTP 413 abgelehnt.</translation>
    </message>
    <message>
        <source>Largest &amp;payload:</source>
        <translation>&amp;Max. Payload-Größe:</translation>
    </message>
    <message>
        <source>one per line, e.g. https://app.example.com</source>
        <translation>eine pro Zeile, z. B. https://app.example.com</translation>
    </message>
    <message>
        <source>Allowed &amp;Origins:</source>
        <translation>Erlaubte &amp;Origins:</translation>
    </message>
    <message>
        <source>Web pages are refused unless their Origin is listed here; agents and scripts send none and are not affected.</source>
        <translation>Webseiten werden abgelehnt, sofern ihr Origin nicht hier steht; Agenten und Skripte senden keinen und sind nicht betroffen.</translation>
    </message>
    <message>
        <source>one per line, e.g. relay.local</source>
        <translation>einer pro Zeile, z. B. relay.local</translation>
    </message>
    <message>
        <source>Extra &amp;Host names:</source>
        <translation>Zusätzliche &amp;Hostnamen:</translation>
    </message>
    <message>
        <source>Besides localhost, 127.0.0.1 and [::1]. Other names are refused, which stops DNS-rebinding attacks.</source>
        <translation>Zusätzlich zu localhost, 127.0.0.1 und [::1]. Andere Namen werden abgelehnt, was DNS-Rebinding-Angriffe verhindert.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>name, e.g. the agent that uses it</source>
        <translation>Name, z. B. der Agent, der ihn verwendet</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>Beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Adds ContextRelay Desktop to your desktop&apos;s autostart entries.</source>
        <translation>Fügt ContextRelay Desktop zu den Autostart-Einträgen Ihres Desktops hinzu.</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Be&amp;nachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>After pushing or pulling the clipboard, and when the relay has a problem.</source>
        <translation>Nach dem Pushen oder Pullen der Zwischenablage und wenn das Relay ein Problem hat.</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>&amp;Einfarbiges Tray-Symbol</translation>
    </message>
    <message>
        <source>A one-colour icon that follows the panel&apos;s text colour.</source>
        <translation>Ein einfarbiges Symbol, das der Textfarbe der Leiste folgt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; list addresses such as 127.0.0.1 or 192.168.1.20.</source>
        <translation>„%1“ ist keine IP-Adresse; geben Sie Adressen wie 127.0.0.1 oder 192.168.1.20 an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin; write scheme and host, e.g. https://app.example.com.</source>
        <translation>„%1“ ist kein Origin; geben Sie Schema und Host an, z. B. https://app.example.com.</translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect, and the payloads of this ephemeral relay are lost.</source>
        <translation>Beim Übernehmen wird das Relay neu gestartet: Abonnenten verbinden sich neu, und die Payloads dieses flüchtigen Relays gehen verloren.</translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect; payloads are kept.</source>
        <translation>Beim Übernehmen wird das Relay neu gestartet: Abonnenten verbinden sich neu; Payloads bleiben erhalten.</translation>
    </message>
    <message>
        <source>Set on the command line for this run: %1. What you save here applies from the next start without them.</source>
        <translation>Für diesen Lauf auf der Befehlszeile gesetzt: %1. Was Sie hier speichern, gilt ab dem nächsten Start ohne diese Optionen.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>New key for &quot;%1&quot;. Copy it now: it is shown only this once, and only its hash is kept. It works once you apply the settings.</source>
        <translation>Neuer Schlüssel für „%1“. Kopieren Sie ihn jetzt: Er wird nur dieses eine Mal angezeigt, und nur sein Hash wird gespeichert. Er funktioniert, sobald Sie die Einstellungen übernehmen.</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>While at least one key exists, every request but GET / must carry one (Authorization: Bearer …). Keys made with &quot;contextrelay-desktop keys create&quot; show up here too.</source>
        <translation>Solange mindestens ein Schlüssel existiert, muss jede Anfrage außer GET / einen mitführen (Authorization: Bearer …). Mit „contextrelay-desktop keys create“ erstellte Schlüssel erscheinen hier ebenfalls.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Remo&amp;te Relays</source>
        <translation>Remo&amp;te-Relays</translation>
    </message>
    <message>
        <source>Brid&amp;ges</source>
        <translation>&amp;Brücken</translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read, change and delete every payload. Create a key on the Security tab, or listen on loopback only.</source>
        <translation>Lauschen über Loopback hinaus erfordert API-Schlüssel: Ohne sie könnte jeder im Netzwerk jede Payload lesen, ändern und löschen. Erstellen Sie einen Schlüssel auf dem Tab „Sicherheit“, oder lauschen Sie nur auf Loopback.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>The new language applies the next time ContextRelay Desktop starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ContextRelay Desktop.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SubscriberTableModel</name>
    <message numerus="yes">
        <source>%n message(s) delivered</source>
        <translation>
            <numerusform>%n Nachricht zugestellt</numerusform>
            <numerusform>%n Nachrichten zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::TrayIcon</name>
    <message>
        <source>ContextRelay relay</source>
        <translation>ContextRelay-Relay</translation>
    </message>
    <message>
        <source>&amp;Push Clipboard</source>
        <translation>Zwischenablage &amp;pushen</translation>
    </message>
    <message>
        <source>Push the copied text or files; the URL replaces the clipboard</source>
        <translation>Kopierten Text oder Dateien pushen; die URL ersetzt den Inhalt der Zwischenablage</translation>
    </message>
    <message>
        <source>Push Clipboard &amp;Encrypted</source>
        <translation>Zwischenablage &amp;verschlüsselt pushen</translation>
    </message>
    <message>
        <source>Encrypt here first; the key travels only in the URL (#key=…)</source>
        <translation>Zuerst hier verschlüsseln; der Schlüssel reist nur in der URL mit (#key=…)</translation>
    </message>
    <message>
        <source>P&amp;ull URL from Clipboard</source>
        <translation>URL aus Zwischenablage p&amp;ullen</translation>
    </message>
    <message>
        <source>Replace the copied pointer URL with its payload</source>
        <translation>Die kopierte Pointer-URL durch ihre Payload ersetzen</translation>
    </message>
    <message>
        <source>Open &amp;Inspector</source>
        <translation>&amp;Inspektor öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Relay URL</source>
        <translation>Relay-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;MCP Config</source>
        <translation>&amp;MCP-Konfiguration kopieren</translation>
    </message>
    <message>
        <source>An mcpServers entry for Claude Desktop, Cursor and other MCP clients</source>
        <translation>Ein mcpServers-Eintrag für Claude Desktop, Cursor und andere MCP-Clients</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation>Relay gestoppt</translation>
    </message>
    <message>
        <source>Relay starting…</source>
        <translation>Relay startet…</translation>
    </message>
    <message>
        <source>Relay running at %1</source>
        <translation>Relay läuft unter %1</translation>
    </message>
    <message>
        <source>Relay paused at %1</source>
        <translation>Relay unter %1 angehalten</translation>
    </message>
    <message>
        <source>Relay at %1 has a problem</source>
        <translation>Relay unter %1 hat ein Problem</translation>
    </message>
    <message>
        <source>Relay not running</source>
        <translation>Relay läuft nicht</translation>
    </message>
    <message>
        <source>&amp;Resume Relay</source>
        <translation>Relay &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Pause &amp;Relay</source>
        <translation>Relay an&amp;halten</translation>
    </message>
    <message>
        <source>ContextRelay Desktop</source>
        <translation>ContextRelay Desktop</translation>
    </message>
    <message>
        <source>Payloads: %1 (%2)</source>
        <translation>Payloads: %1 (%2)</translation>
    </message>
    <message>
        <source>Channels: %1 · Subscribers: %2</source>
        <translation>Kanäle: %1 · Abonnenten: %2</translation>
    </message>
    <message>
        <source>Paused: new connections are refused (503); subscribers stay connected.</source>
        <translation>Angehalten: Neue Verbindungen werden abgelehnt (503); Abonnenten bleiben verbunden.</translation>
    </message>
    <message>
        <source>Push Clipboard &amp;To</source>
        <translation>Zwischenablage pushen &amp;an</translation>
    </message>
    <message>
        <source>Push the copied text or files to a remote relay</source>
        <translation>Kopierten Text oder Dateien an ein Remote-Relay pushen</translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation>Ü&amp;ber ContextRelay Desktop</translation>
    </message>
</context>
<context>
    <name>RelaySubscription</name>
    <message>
        <source>the relay closed the connection</source>
        <translation>das Relay hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
</context>
<context>
    <name>RequestParser</name>
    <message>
        <source>The request method is not a standard HTTP method.</source>
        <translation>Die Anfragemethode ist keine Standard-HTTP-Methode.</translation>
    </message>
    <message>
        <source>The request head is too large.</source>
        <translation>Der Anfragekopf ist zu groß.</translation>
    </message>
    <message>
        <source>The request has a duplicate Content-Length, or both Content-Length and Transfer-Encoding.</source>
        <translation>Die Anfrage hat einen doppelten Content-Length-Header oder sowohl Content-Length als auch Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>Content-Length ist keine Zahl.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1 (%1).</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Der Anfragekopf ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>Die Anfrage hat mehr als %1 Header-Felder.</translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation>Die Anfrage hat mehr als einen Host-Header.</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>Die Anfrage hat keinen Host-Header.</translation>
    </message>
    <message>
        <source>The body is %1 bytes; this relay accepts at most %2.</source>
        <translation>Der Body ist %1 Bytes groß; dieses Relay akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Der Body ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>A header name is not a valid token.</source>
        <translation>Ein Header-Name ist kein gültiges Token.</translation>
    </message>
    <message>
        <source>The request target contains a fragment (#); send # percent-encoded as %23.</source>
        <translation>Das Anfrageziel enthält ein Fragment (#); senden Sie # prozentkodiert als %23.</translation>
    </message>
    <message>
        <source>The request target has a &quot;%&quot; without two hex digits after it; send % percent-encoded as %25.</source>
        <translation>Das Anfrageziel enthält ein „%“ ohne zwei Hex-Ziffern danach; senden Sie % prozentkodiert als %25.</translation>
    </message>
    <message>
        <source>The request target is not UTF-8 text once percent-decoded.</source>
        <translation>Das Anfrageziel ist nach der Prozentdekodierung kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>A header value contains a control character.</source>
        <translation>Ein Header-Wert enthält ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>SecurityGate</name>
    <message>
        <source>Host &quot;%1&quot; is not this relay; use http://127.0.0.1:%2 (a name that points here must be allowed explicitly).</source>
        <translation>Host „%1“ ist nicht dieses Relay; verwenden Sie http://127.0.0.1:%2 (ein Name, der hierher zeigt, muss ausdrücklich erlaubt werden).</translation>
    </message>
    <message>
        <source>Requests from web pages (Origin &quot;%1&quot;) are refused; allow the origin explicitly if it is yours.</source>
        <translation>Anfragen von Webseiten (Origin „%1“) werden abgelehnt; erlauben Sie den Origin ausdrücklich, wenn er Ihnen gehört.</translation>
    </message>
    <message>
        <source>Requests from web pages (Sec-Fetch-Site &quot;%1&quot;) are refused.</source>
        <translation>Anfragen von Webseiten (Sec-Fetch-Site „%1“) werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>Cannot open the payload database %1: %2</source>
        <translation>Die Payload-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the payload database %1: %2</source>
        <translation>Die Payload-Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The crypto library (libsodium) cannot start.</source>
        <translation>Die Kryptobibliothek (libsodium) kann nicht starten.</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop --help&apos;.</source>
        <translation>Versuchen Sie &apos;contextrelay-desktop --help&apos;.</translation>
    </message>
    <message>
        <source>There is no display to show the tray app on; run the relay alone with --headless.</source>
        <translation>Es ist keine Anzeige verfügbar, auf der die Tray-App erscheinen kann; starten Sie nur das Relay mit --headless.</translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running; it has been told.</source>
        <translation>ContextRelay Desktop läuft bereits; die laufende Instanz wurde benachrichtigt.</translation>
    </message>
</context>
</TS>
