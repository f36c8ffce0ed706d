<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppSettings</name>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>remote unreachable</source>
        <translation>relais distant injoignable</translation>
    </message>
    <message>
        <source>refused by remote</source>
        <translation>refusé par le relais distant</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>%n non distribuable</numerusform>
            <numerusform>%n non distribuables</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1 s</source>
        <translation>nouvel essai dans %1 s</translation>
    </message>
</context>
<context>
    <name>BridgeLog</name>
    <message>
        <source>bridge %1: %2</source>
        <translation>pont %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>bridge %1 removed</source>
        <translation>pont %1 supprimé</translation>
    </message>
</context>
<context>
    <name>Fernet</name>
    <message>
        <source>The key is not a valid Fernet key (the url-safe base64 of 32 bytes).</source>
        <translation>La clé n&apos;est pas une clé Fernet valide (32 octets en base64 compatible URL).</translation>
    </message>
    <message>
        <source>The data is not a valid Fernet token.</source>
        <translation>Les données ne sont pas un jeton Fernet valide.</translation>
    </message>
    <message>
        <source>The key is wrong or the encrypted data has been tampered with.</source>
        <translation>La clé est incorrecte ou les données chiffrées ont été altérées.</translation>
    </message>
    <message>
        <source>The encrypted data has expired or is dated too far in the future.</source>
        <translation>Les données chiffrées ont expiré ou sont datées trop loin dans le futur.</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>%1 is a folder; drop files instead.</source>
        <translation>%1 est un dossier&#xa0;; déposez plutôt des fichiers.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2; at most %3 can be pushed.</source>
        <translation>%1 fait %2&#xa0;; un envoi ne peut pas dépasser %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The relay could not write to its disk; nothing was stored.</source>
        <translation>Le relais n&apos;a pas pu écrire sur son disque&#xa0;; rien n&apos;a été stocké.</translation>
    </message>
    <message>
        <source>The request did not arrive in full within %1 seconds.</source>
        <translation>La requête n&apos;est pas arrivée en entier dans les %1 secondes.</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation>Le port %1 sur %2 est déjà utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The relay is shutting down.</source>
        <translation>Le relais est en cours d&apos;arrêt.</translation>
    </message>
    <message>
        <source>The relay is paused; try again once it is resumed.</source>
        <translation>Le relais est suspendu&#xa0;; réessayez une fois qu&apos;il aura repris.</translation>
    </message>
    <message>
        <source>The relay has %1 open connections, its limit (--max-connections); try again later.</source>
        <translation>Le relais a %1 connexions ouvertes, sa limite (--max-connections)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>This address has %1 open connections, the limit per address (--max-connections-per-peer); try again later.</source>
        <translation>Cette adresse a %1 connexions ouvertes, la limite par adresse (--max-connections-per-peer)&#xa0;; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot open the bridge queue %1: %2</source>
        <translation>Impossible d&apos;ouvrir la file d&apos;attente des ponts %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the bridge queue %1: %2</source>
        <translation>Impossible de préparer la file d&apos;attente des ponts %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The bridge queue is full (%1 payloads, %2 MB) while the remote relay is unreachable; nothing was dropped to make room.</source>
        <translation>La file d&apos;attente des ponts est pleine (%1 charges utiles, %2 Mo) et le relais distant est injoignable&#xa0;; rien n&apos;a été supprimé pour faire de la place.</translation>
    </message>
    <message>
        <source>The bridge queue could not be written: %1</source>
        <translation>Impossible d&apos;écrire la file d&apos;attente des ponts&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PayloadKind</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
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
        <translation>401&#xa0;: la clé d&apos;API est invalide ou absente</translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay</source>
        <translation>402&#xa0;: quota dépassé sur le relais distant</translation>
    </message>
    <message>
        <source>429: too many requests; try again later</source>
        <translation>429&#xa0;: trop de requêtes&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keychain holds no API key for this remote.</source>
        <translation>Le trousseau ne contient aucune clé d&apos;API pour ce relais distant.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the key cannot be stored or read safely.</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès&#xa0;: la clé ne peut être ni stockée ni lue de façon sûre.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Erreur du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; is it waiting to be unlocked?</source>
        <translation>Le trousseau n&apos;a pas répondu dans les %1 s&#xa0;; attend-il d&apos;être déverrouillé&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Relay::App</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Impossible de lire le fichier de clés d&apos;API %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A local ContextRelay relay: agents hand each other large payloads by URL.</source>
        <translation>Un relais ContextRelay local&#xa0;: les agents s&apos;échangent de grosses charges utiles par URL.</translation>
    </message>
    <message>
        <source>Run the relay without a window or tray icon.</source>
        <translation>Exécute le relais sans fenêtre ni icône de notification.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port d&apos;écoute (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to listen on instead of loopback; may be repeated. Anything but loopback requires an API key (&apos;keys create&apos; or --api-key-file).</source>
        <translation>Adresse d&apos;écoute à la place de la boucle locale&#xa0;; option répétable. Toute adresse hors boucle locale exige une clé d&apos;API (&apos;keys create&apos; ou --api-key-file).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Where payloads are stored.</source>
        <translation>Emplacement de stockage des charges utiles.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Keep payloads in memory only; nothing survives a restart.</source>
        <translation>Garde les charges utiles en mémoire seulement&#xa0;; rien ne survit à un redémarrage.</translation>
    </message>
    <message>
        <source>Largest payload accepted, in bytes (default 26214400).</source>
        <translation>Taille maximale d&apos;une charge utile acceptée, en octets (26214400 par défaut).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Lifetime of a payload that does not ask for one, in seconds (default 86400).</source>
        <translation>Durée de vie d&apos;une charge utile qui n&apos;en demande pas, en secondes (86400 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Require one of the bearer tokens in this file (one per line).</source>
        <translation>Exige l&apos;un des jetons Bearer de ce fichier (un par ligne).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Accept this name in the Host header too; may be repeated.</source>
        <translation>Accepte aussi ce nom dans l&apos;en-tête Host&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Accept requests from this web origin; may be repeated.</source>
        <translation>Accepte les requêtes de cette origine web&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default %1).</source>
        <translation>Nombre maximal de connexions HTTP ouvertes&#xa0;; au-delà, réponse 503 (%1 par défaut).</translation>
    </message>
    <message>
        <source>Open HTTP connections from one address at most (default %1).</source>
        <translation>Nombre maximal de connexions HTTP ouvertes depuis une même adresse (%1 par défaut).</translation>
    </message>
    <message>
        <source>WebSocket subscribers at most; more get 503 (default %1).</source>
        <translation>Nombre maximal d&apos;abonnés WebSocket&#xa0;; au-delà, réponse 503 (%1 par défaut).</translation>
    </message>
    <message>
        <source>WebSocket subscribers on one channel at most (default %1).</source>
        <translation>Nombre maximal d&apos;abonnés WebSocket sur un même canal (%1 par défaut).</translation>
    </message>
    <message>
        <source>Channels with subscribers or replay history at most (default %1).</source>
        <translation>Nombre maximal de canaux ayant des abonnés ou un historique de rejeu (%1 par défaut).</translation>
    </message>
    <message>
        <source>Unsent bytes a subscriber may fall behind by before it is disconnected (default %1).</source>
        <translation>Retard maximal d&apos;un abonné, en octets non envoyés, avant sa déconnexion (%1 par défaut).</translation>
    </message>
    <message>
        <source>Payload bytes the store holds at most; pushes beyond get 507 (default %1, or %2 with --ephemeral).</source>
        <translation>Nombre maximal d&apos;octets de charges utiles dans le stockage&#xa0;; au-delà, les envois reçoivent 507 (%1 par défaut, ou %2 avec --ephemeral).</translation>
    </message>
    <message>
        <source>Open the inspector at start.</source>
        <translation>Ouvre l&apos;inspecteur au démarrage.</translation>
    </message>
    <message>
        <source>Select this payload in the inspector.</source>
        <translation>Sélectionne cette charge utile dans l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Started at login.</source>
        <translation>Lancé à la connexion.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--listen needs an IP address, not &quot;%1&quot;.</source>
        <translation>--listen attend une adresse IP, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--max-payload must be a number of bytes from 1 to 2147483648.</source>
        <translation>--max-payload doit être un nombre d&apos;octets de 1 à 2147483648.</translation>
    </message>
    <message>
        <source>--default-ttl must be a number of seconds from %1 to %2.</source>
        <translation>--default-ttl doit être un nombre de secondes de %1 à %2.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Open the inspector (of the app already running, or of the one starting).</source>
        <translation>Ouvre l&apos;inspecteur (de l&apos;application déjà lancée, ou de celle qui démarre).</translation>
    </message>
    <message>
        <source>Push the clipboard to the relay and copy the pointer URL (in the app already running, or once this one has started).</source>
        <translation>Envoie le presse-papiers au relais et copie l&apos;URL de pointeur (dans l&apos;application déjà lancée, ou une fois celle-ci démarrée).</translation>
    </message>
</context>
<context>
    <name>Relay::App::AgentBridge</name>
    <message>
        <source>Listening for tasks on &quot;%1&quot;; results go to &quot;%2&quot;; agent pane: %3.</source>
        <translation>En attente de tâches sur «&#xa0;%1&#xa0;»&#xa0;; résultats envoyés sur «&#xa0;%2&#xa0;»&#xa0;; panneau de l&apos;agent&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation>Abonnement à «&#xa0;%1&#xa0;» perdu (%2)&#xa0;; nouvel essai dans %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Task received: %1 (%n waiting).</source>
        <translation>
            <numerusform>Tâche reçue&#xa0;: %1 (%n en attente).</numerusform>
            <numerusform>Tâche reçue&#xa0;: %1 (%n en attente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Task received: %1</source>
        <translation>Tâche reçue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task %1: pulling it.</source>
        <translation>Tâche %1&#xa0;: récupération.</translation>
    </message>
    <message>
        <source>Task %1: cannot pull it: %2</source>
        <translation>Tâche %1&#xa0;: impossible de la récupérer&#xa0;: %2</translation>
    </message>
    <message>
        <source>The task is not text; an agent in a terminal cannot take it.</source>
        <translation>La tâche n&apos;est pas du texte&#xa0;; un agent dans un terminal ne peut pas la prendre.</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task %1: cannot read the pane: %2</source>
        <translation>Tâche %1&#xa0;: impossible de lire le panneau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task %1: cannot paste it into the pane: %2</source>
        <translation>Tâche %1&#xa0;: impossible de la coller dans le panneau&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: pasted into %2 (%n character(s)); waiting up to %3 s for the outcome.</source>
        <translation>
            <numerusform>Tâche %1&#xa0;: collée dans %2 (%n caractère)&#xa0;; attente du résultat pendant %3 s au plus.</numerusform>
            <numerusform>Tâche %1&#xa0;: collée dans %2 (%n caractères)&#xa0;; attente du résultat pendant %3 s au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: the pane shows the task; watching for the outcome block.</source>
        <translation>Tâche %1&#xa0;: le panneau affiche la tâche&#xa0;; surveillance du bloc de résultat.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: outcome found after %2 s (%n character(s)).</source>
        <translation>
            <numerusform>Tâche %1&#xa0;: résultat trouvé après %2 s (%n caractère).</numerusform>
            <numerusform>Tâche %1&#xa0;: résultat trouvé après %2 s (%n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: no outcome block within %2 s.</source>
        <translation>Tâche %1&#xa0;: aucun bloc de résultat en %2 s.</translation>
    </message>
    <message>
        <source>[ContextRelay bridge] The agent gave no outcome block within %1 s; above is what its pane showed after the task.</source>
        <translation>[pont ContextRelay] L&apos;agent n&apos;a donné aucun bloc de résultat en %1 s&#xa0;; ci-dessus, ce que son panneau affichait après la tâche.</translation>
    </message>
    <message>
        <source>Task %1: cannot push the result (%2); trying again in %3 s.</source>
        <translation>Tâche %1&#xa0;: impossible d&apos;envoyer le résultat (%2)&#xa0;; nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>Task %1: cannot push the result: %2</source>
        <translation>Tâche %1&#xa0;: impossible d&apos;envoyer le résultat&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task %1: %2; result pushed to &quot;%3&quot;: %4</source>
        <translation>Tâche %1&#xa0;: %2&#xa0;; résultat envoyé sur «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Relay::App::GuiApp</name>
    <message>
        <source>Pushed %1; the URL is on the clipboard.</source>
        <translation>Envoyé&#xa0;: %1&#xa0;; l&apos;URL est dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1); their URLs are on the clipboard.</source>
        <translation>
            <numerusform>%n fichier envoyé (%1)&#xa0;; son URL est dans le presse-papiers.</numerusform>
            <numerusform>%n fichiers envoyés (%1)&#xa0;; leurs URL sont dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted here: the key is only in the URL.</source>
        <translation>Chiffré ici&#xa0;: la clé n&apos;est que dans l&apos;URL.</translation>
    </message>
    <message>
        <source>Clipboard pushed</source>
        <translation>Presse-papiers envoyé</translation>
    </message>
    <message>
        <source>Clipboard pulled</source>
        <translation>Récupéré dans le presse-papiers</translation>
    </message>
    <message>
        <source>Pulled %1; the payload is on the clipboard.</source>
        <translation>Récupéré&#xa0;: %1&#xa0;; la charge utile est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Pulled %1 and saved it as %2; the file is on the clipboard.</source>
        <translation>Récupéré&#xa0;: %1, enregistré sous %2&#xa0;; le fichier est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Pushed %1 to %2; the URL is on the clipboard.</source>
        <translation>Envoyé vers %2&#xa0;: %1&#xa0;; l&apos;URL est dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1) to %2; their URLs are on the clipboard.</source>
        <translation>
            <numerusform>%n fichier envoyé (%1) vers %2&#xa0;; son URL est dans le presse-papiers.</numerusform>
            <numerusform>%n fichiers envoyés (%1) vers %2&#xa0;; leurs URL sont dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Pas de zone de notification</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so the inspector is ContextRelay Desktop&apos;s main window: closing it stops the relay and quits.</source>
        <translation>Ce bureau n&apos;affiche pas de zone de notification&#xa0;: l&apos;inspecteur est donc la fenêtre principale de ContextRelay Desktop, et le fermer arrête le relais et quitte l&apos;application.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à la connexion</translation>
    </message>
    <message>
        <source>Relay URL copied</source>
        <translation>URL du relais copiée</translation>
    </message>
    <message>
        <source>&lt;an API key from Settings&gt;</source>
        <translation>&lt;une clé d&apos;API des Paramètres&gt;</translation>
    </message>
    <message>
        <source>MCP config copied</source>
        <translation>Configuration MCP copiée</translation>
    </message>
    <message>
        <source>Paste it into claude_desktop_config.json, .cursor/mcp.json or your MCP client&apos;s settings.</source>
        <translation>Collez-la dans claude_desktop_config.json, .cursor/mcp.json ou les paramètres de votre client MCP.</translation>
    </message>
</context>
<context>
    <name>Relay::App::McpServer</name>
    <message>
        <source>The argument &quot;%1&quot; is required.</source>
        <translation>L&apos;argument &quot;%1&quot; est obligatoire.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a string.</source>
        <translation>L&apos;argument &quot;%1&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must not be empty.</source>
        <translation>L&apos;argument &quot;%1&quot; ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be true or false.</source>
        <translation>L&apos;argument &quot;%1&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a number.</source>
        <translation>L&apos;argument &quot;%1&quot; doit être un nombre.</translation>
    </message>
    <message>
        <source>Parse error: a message is longer than %1 MiB; it was skipped.</source>
        <translation>Erreur d&apos;analyse&#xa0;: un message dépasse %1 Mio&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The wait was cancelled: the client closed the connection.</source>
        <translation>L&apos;attente a été annulée&#xa0;: le client a fermé la connexion.</translation>
    </message>
    <message>
        <source>Invalid request: a message must be a JSON object.</source>
        <translation>Requête invalide&#xa0;: un message doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Parse error: %1 at offset %2.</source>
        <translation>Erreur d&apos;analyse&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>Invalid request: the batch is empty.</source>
        <translation>Requête invalide&#xa0;: le lot est vide.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;method&quot; must be a string.</source>
        <translation>Requête invalide&#xa0;: &quot;method&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;id&quot; must be a string or a number.</source>
        <translation>Requête invalide&#xa0;: &quot;id&quot; doit être une chaîne ou un nombre.</translation>
    </message>
    <message>
        <source>Invalid request: &quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation>Requête invalide&#xa0;: &quot;jsonrpc&quot; doit valoir &quot;2.0&quot;.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;params&quot; must be an object.</source>
        <translation>Paramètres invalides&#xa0;: &quot;params&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;protocolVersion&quot; must be a string.</source>
        <translation>Paramètres invalides&#xa0;: &quot;protocolVersion&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <source>Invalid params: tools/call needs the tool&apos;s &quot;name&quot;.</source>
        <translation>Paramètres invalides&#xa0;: tools/call exige le &quot;name&quot; de l&apos;outil.</translation>
    </message>
    <message>
        <source>Unknown tool: %1.</source>
        <translation>Outil inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Invalid params: &quot;arguments&quot; must be an object.</source>
        <translation>Paramètres invalides&#xa0;: &quot;arguments&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>Invalid request: the id is already used by a request in progress.</source>
        <translation>Requête invalide&#xa0;: l&apos;id est déjà utilisé par une requête en cours.</translation>
    </message>
    <message>
        <source>Method not found: %1.</source>
        <translation>Méthode introuvable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not push the context: %1</source>
        <translation>Impossible d&apos;envoyer le contexte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not peek at the context: %1</source>
        <translation>Impossible de consulter le contexte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not pull the context: %1</source>
        <translation>Impossible de récupérer le contexte&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The payload is binary (%n byte(s)) and cannot be shown as text. Save it with: contextrelay-desktop pull &apos;%1&apos; -o FILE</source>
        <translation>
            <numerusform>La charge utile est binaire (%n octet) et ne peut pas être affichée comme texte. Enregistrez-la avec&#xa0;: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
            <numerusform>La charge utile est binaire (%n octets) et ne peut pas être affichée comme texte. Enregistrez-la avec&#xa0;: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
        </translation>
    </message>
    <message>
        <source>The argument &quot;timeout&quot; must be a positive number of seconds, at most %1.</source>
        <translation>L&apos;argument &quot;timeout&quot; doit être un nombre positif de secondes, au plus %1.</translation>
    </message>
    <message>
        <source>Could not wait on channel &quot;%1&quot;: cannot subscribe at %2 (%3). Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation>Impossible d&apos;attendre sur le canal «&#xa0;%1&#xa0;»&#xa0;: abonnement impossible à %2 (%3). Le relais est-il lancé&#xa0;? Démarrez-le avec &quot;contextrelay-desktop --headless&quot; ou définissez CONTEXTRELAY_URL sur son adresse.</translation>
    </message>
    <message>
        <source>Nothing was pushed to channel &quot;%1&quot; within %2 seconds.</source>
        <translation>Rien n&apos;a été envoyé sur le canal «&#xa0;%1&#xa0;» en %2 secondes.</translation>
    </message>
    <message>
        <source>Subscribed to channel &quot;%1&quot;; waiting for a push.</source>
        <translation>Abonné au canal «&#xa0;%1&#xa0;»&#xa0;; en attente d&apos;un envoi.</translation>
    </message>
    <message>
        <source>Still waiting on channel &quot;%1&quot;.</source>
        <translation>Toujours en attente sur le canal «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The argument &quot;message&quot; is required.</source>
        <translation>L&apos;argument &quot;message&quot; est obligatoire.</translation>
    </message>
    <message>
        <source>Could not publish the signal: %1</source>
        <translation>Impossible de publier le signal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delivered to 0 subscribers: nobody is listening on channel &quot;%1&quot;, and signals are not stored.</source>
        <translation>Remis à 0 abonné&#xa0;: personne n&apos;écoute sur le canal «&#xa0;%1&#xa0;», et les signaux ne sont pas stockés.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n subscriber(s).</source>
        <translation>
            <numerusform>Remis à %n abonné.</numerusform>
            <numerusform>Remis à %n abonnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation>%1 Le relais est-il lancé&#xa0;? Démarrez-le avec &quot;contextrelay-desktop --headless&quot; ou définissez CONTEXTRELAY_URL sur son adresse.</translation>
    </message>
</context>
<context>
    <name>Relay::App::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running but does not answer (%1).</source>
        <translation>ContextRelay Desktop est déjà lancé mais ne répond pas (%1).</translation>
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
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
    <message>
        <source>tmux %1 failed: %2</source>
        <translation>échec de tmux %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot run tmux: %1</source>
        <translation>Impossible d&apos;exécuter tmux&#xa0;: %1</translation>
    </message>
    <message>
        <source>tmux %1 did not finish within %2 s.</source>
        <translation>tmux %1 ne s&apos;est pas terminé en %2 s.</translation>
    </message>
</context>
<context>
    <name>Relay::BridgeSettings</name>
    <message>
        <source>&quot;%1&quot; is not a channel name: 1 to 256 characters, no control characters.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de canal&#xa0;: 1 à 256 caractères, sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>There is no remote profile named &quot;%1&quot;; add it first with &apos;remote add&apos;.</source>
        <translation>Aucun profil distant ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; ajoutez-le d&apos;abord avec &apos;remote add&apos;.</translation>
    </message>
    <message>
        <source>There is already a bridge between %1 and %2:%3 (id %4).</source>
        <translation>Il existe déjà un pont entre %1 et %2:%3 (id %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one bridge; give more of its id.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs ponts&#xa0;; donnez une plus grande partie de son id.</translation>
    </message>
    <message>
        <source>There is no bridge with id %1 (see &apos;bridge-channel list&apos;).</source>
        <translation>Aucun pont n&apos;a l&apos;id %1 (voir &apos;bridge-channel list&apos;).</translation>
    </message>
</context>
<context>
    <name>Relay::ChannelBridge</name>
    <message>
        <source>waiting for the keychain</source>
        <translation>en attente du trousseau</translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key (subscribing to %1)</source>
        <translation>401&#xa0;: le relais distant a refusé la clé d&apos;API (abonnement à %1)</translation>
    </message>
    <message>
        <source>cannot subscribe to %1: %2</source>
        <translation>impossible de s&apos;abonner à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>payload %1 expired before the remote relay could take it</source>
        <translation>la charge utile %1 a expiré avant que le relais distant puisse la prendre</translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key</source>
        <translation>401&#xa0;: le relais distant a refusé la clé d&apos;API</translation>
    </message>
    <message>
        <source>402: the remote relay&apos;s quota is exceeded</source>
        <translation>402&#xa0;: le quota du relais distant est dépassé</translation>
    </message>
    <message>
        <source>403: the remote relay refused the request (%1)</source>
        <translation>403&#xa0;: le relais distant a refusé la requête (%1)</translation>
    </message>
    <message>
        <source>payload %1 (%2 bytes) refused by the remote relay: %3</source>
        <translation>charge utile %1 (%2 octets) refusée par le relais distant&#xa0;: %3</translation>
    </message>
    <message>
        <source>413, too large for it</source>
        <translation>413, trop volumineuse pour lui</translation>
    </message>
    <message>
        <source>a pointer expired on the remote relay before it could be pulled</source>
        <translation>un pointeur a expiré sur le relais distant avant d&apos;avoir pu être récupéré</translation>
    </message>
</context>
<context>
    <name>Relay::ChannelHub</name>
    <message>
        <source>The relay is at its subscriber limit (%1, --max-subscribers); try again when one leaves.</source>
        <translation>Le relais a atteint sa limite d&apos;abonnés (%1, --max-subscribers)&#xa0;; réessayez quand l&apos;un d&apos;eux partira.</translation>
    </message>
    <message>
        <source>This channel is at its subscriber limit (%1, --max-subscribers-per-channel); try again when one leaves.</source>
        <translation>Ce canal a atteint sa limite d&apos;abonnés (%1, --max-subscribers-per-channel)&#xa0;; réessayez quand l&apos;un d&apos;eux partira.</translation>
    </message>
    <message>
        <source>The relay is at its channel limit (%1, --max-channels); use an existing channel or try later.</source>
        <translation>Le relais a atteint sa limite de canaux (%1, --max-channels)&#xa0;; utilisez un canal existant ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The relay is shutting down.</source>
        <translation>Le relais est en cours d&apos;arrêt.</translation>
    </message>
</context>
<context>
    <name>Relay::Cli</name>
    <message>
        <source>Relay base URL (default: $CONTEXTRELAY_URL, else http://127.0.0.1:8787).</source>
        <translation>URL de base du relais (par défaut&#xa0;: $CONTEXTRELAY_URL, sinon http://127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>API key sent as a bearer token (default: $CONTEXTRELAY_API_KEY).</source>
        <translation>Clé d&apos;API transmise comme jeton Bearer (par défaut&#xa0;: $CONTEXTRELAY_API_KEY).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Use the remote relay profile NAME (see &apos;contextrelay-desktop remote&apos;), with its API key from the keychain.</source>
        <translation>Utilise le profil de relais distant de ce nom (voir &apos;contextrelay-desktop remote&apos;), avec sa clé d&apos;API tirée du trousseau.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop %1 --help&apos;.</source>
        <translation>Essayez &apos;contextrelay-desktop %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument manquant.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Trop d&apos;arguments.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Push a file (or standard input) and print its pointer URL.</source>
        <translation>Envoie un fichier (ou l&apos;entrée standard) et affiche son URL de pointeur.</translation>
    </message>
    <message>
        <source>The file to push; &apos;-&apos; or nothing for standard input.</source>
        <translation>Le fichier à envoyer&#xa0;; &apos;-&apos; ou rien pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Announce the pointer on this channel.</source>
        <translation>Annonce le pointeur sur ce canal.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clé=valeur</translation>
    </message>
    <message>
        <source>Lifetime in seconds (60 … 604800).</source>
        <translation>Durée de vie en secondes (60 … 604800).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Delete after this many pulls.</source>
        <translation>Supprime après ce nombre de récupérations.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Encrypt locally; the key is only in the printed URL.</source>
        <translation>Chiffre localement&#xa0;; la clé n&apos;est que dans l&apos;URL affichée.</translation>
    </message>
    <message>
        <source>--meta needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--meta attend clé=valeur, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--ttl must be a number of seconds from 60 to 604800.</source>
        <translation>--ttl doit être un nombre de secondes de 60 à 604800.</translation>
    </message>
    <message>
        <source>--max-reads must be a whole number of at least 1.</source>
        <translation>--max-reads doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Nothing to push: the input is empty.</source>
        <translation>Rien à envoyer&#xa0;: l&apos;entrée est vide.</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Envoi… %1 %</translation>
    </message>
    <message>
        <source>Print a payload (decrypted locally when the URL carries #key=). Binary payloads come back byte for byte.</source>
        <translation>Affiche une charge utile (déchiffrée localement si l&apos;URL contient #key=). Les charges utiles binaires sont restituées octet par octet.</translation>
    </message>
    <message>
        <source>The pointer URL.</source>
        <translation>L&apos;URL de pointeur.</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>Écrit dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print a payload&apos;s metadata as JSON, without fetching the payload.</source>
        <translation>Affiche les métadonnées d&apos;une charge utile en JSON, sans télécharger la charge utile.</translation>
    </message>
    <message>
        <source>Send a signal to a channel&apos;s subscribers without storing anything; prints how many got it.</source>
        <translation>Transmet un signal aux abonnés d&apos;un canal sans rien stocker&#xa0;; affiche combien l&apos;ont reçu.</translation>
    </message>
    <message>
        <source>The channel.</source>
        <translation>Le canal.</translation>
    </message>
    <message>
        <source>A JSON value, or text; &apos;-&apos; or nothing reads standard input.</source>
        <translation>Une valeur JSON, ou du texte&#xa0;; &apos;-&apos; ou rien lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Show the relay&apos;s version, uptime and what it holds.</source>
        <translation>Affiche la version du relais, sa durée de fonctionnement et ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation>Affiche le JSON brut.</translation>
    </message>
    <message>
        <source>relay:       %1</source>
        <translation>relais&#xa0;:          %1</translation>
    </message>
    <message>
        <source>version:     %1</source>
        <translation>version&#xa0;:         %1</translation>
    </message>
    <message>
        <source>uptime:      %1 s</source>
        <translation>actif depuis&#xa0;:    %1 s</translation>
    </message>
    <message>
        <source>payloads:    %1</source>
        <translation>charges utiles&#xa0;:  %1</translation>
    </message>
    <message>
        <source>bytes:       %1</source>
        <translation>octets&#xa0;:          %1</translation>
    </message>
    <message>
        <source>channels:    %1</source>
        <translation>canaux&#xa0;:          %1</translation>
    </message>
    <message>
        <source>subscribers: %1</source>
        <translation>abonnés&#xa0;:         %1</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation>Abonnement à «&#xa0;%1&#xa0;» perdu (%2)&#xa0;; nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>Print one pointer URL per line as pushes arrive on a channel (or run a command for each). Reconnects by itself.</source>
        <translation>Affiche une URL de pointeur par ligne à mesure que des envois arrivent sur un canal (ou exécute une commande pour chacun). Se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>First deliver the last N pointers (0 … 100).</source>
        <translation>Remet d&apos;abord les N derniers pointeurs (0 … 100).</translation>
    </message>
    <message>
        <source>Run this command with each URL as its last argument.</source>
        <translation>Exécute cette commande avec chaque URL comme dernier argument.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>--replay must be a number from 0 to 100.</source>
        <translation>--replay doit être un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>Subscribed to &quot;%1&quot; on %2.</source>
        <translation>Abonné à «&#xa0;%1&#xa0;» sur %2.</translation>
    </message>
    <message>
        <source>Block until the next pointer arrives on a channel, print it and exit 0 (exit 3 on timeout).</source>
        <translation>Attend le prochain pointeur sur un canal, l&apos;affiche et quitte avec le code 0 (3 si le délai expire).</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: never).</source>
        <translation>Abandonne après ce nombre de secondes (par défaut&#xa0;: jamais).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds.</source>
        <translation>--timeout doit être un nombre de secondes.</translation>
    </message>
    <message>
        <source>Nothing arrived on &quot;%1&quot; within %2 s.</source>
        <translation>Rien n&apos;est arrivé sur «&#xa0;%1&#xa0;» en %2 s.</translation>
    </message>
    <message>
        <source>Serve the Model Context Protocol on standard input and output, for AI clients (Claude Desktop, Claude Code, Cursor, ...). Tools: push_context, peek_context, pull_context, wait_for_context, publish_signal.</source>
        <translation>Sert le Model Context Protocol sur l&apos;entrée et la sortie standard, pour les clients d&apos;IA (Claude Desktop, Claude Code, Cursor, ...). Outils&#xa0;: push_context, peek_context, pull_context, wait_for_context, publish_signal.</translation>
    </message>
    <message>
        <source>Default timeout of wait_for_context when a call gives none (default: 300).</source>
        <translation>Délai d&apos;attente par défaut de wait_for_context quand un appel n&apos;en donne pas (par défaut&#xa0;: 300).</translation>
    </message>
    <message>
        <source>--wait-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--wait-timeout doit être un nombre entier de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop keys create [--name NAME] | list | revoke ID

The API keys of the local relay (this app&apos;s, kept in its settings). While at least one key exists, every request but GET / must carry one (Authorization: Bearer &lt;token&gt;); a running relay applies a change at once.

  create [--name NAME]  create a key and print its token (shown only this once)
  list                  list the keys: ID, NAME, CREATED
  revoke ID|NAME        revoke a key: requests with it are refused from then on

Each takes --help.
</source>
        <translation>Utilisation&#xa0;: contextrelay-desktop keys create [--name NAME] | list | revoke ID

Les clés d&apos;API du relais local (celles de cette application, gardées dans ses paramètres). Tant qu&apos;au moins une clé existe, toute requête sauf GET / doit en porter une (Authorization: Bearer &lt;token&gt;)&#xa0;; un relais en cours d&apos;exécution applique un changement immédiatement.

  create [--name NAME]  crée une clé et affiche son jeton (montré cette seule fois)
  list                  liste les clés&#xa0;: ID, NOM, CRÉATION
  revoke ID|NAME        révoque une clé&#xa0;: les requêtes qui la portent sont ensuite refusées

Chacune accepte --help.
</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1; check that it and its folder are writable.</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1&#xa0;; vérifiez que lui et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>Create an API key for the local relay and print its token on standard output. The token is shown only this once: only its hash is kept.</source>
        <translation>Crée une clé d&apos;API pour le relais local et affiche son jeton sur la sortie standard. Le jeton n&apos;est montré que cette fois&#xa0;: seule son empreinte est conservée.</translation>
    </message>
    <message>
        <source>What the key is for, e.g. the agent that uses it (default: &quot;key N&quot;).</source>
        <translation>À quoi sert la clé, p. ex. l&apos;agent qui l&apos;utilise (par défaut&#xa0;: «&#xa0;clé N&#xa0;»).</translation>
    </message>
    <message>
        <source>Created API key &quot;%1&quot; (ID %2). Its token above is shown only this once: only its hash is kept, so store it now.</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;» créée (ID %2). Son jeton ci-dessus n&apos;est montré que cette fois&#xa0;: seule son empreinte est conservée, alors enregistrez-le maintenant.</translation>
    </message>
    <message>
        <source>The relay now requires a key on every route but GET /.</source>
        <translation>Le relais exige désormais une clé sur toutes les routes sauf GET /.</translation>
    </message>
    <message>
        <source>List the local relay&apos;s API keys: ID (what revoke takes), NAME and CREATED (UTC). Tokens are never shown again, and hashes are never shown in full.</source>
        <translation>Liste les clés d&apos;API du relais local&#xa0;: ID (ce qu&apos;attend revoke), NOM et CRÉATION (UTC). Les jetons ne sont plus jamais montrés, et les empreintes jamais en entier.</translation>
    </message>
    <message>
        <source>No API keys: the relay accepts requests without one.</source>
        <translation>Aucune clé d&apos;API&#xa0;: le relais accepte les requêtes sans clé.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉATION</translation>
    </message>
    <message>
        <source>Revoke an API key of the local relay, by its ID (from &quot;keys list&quot;) or by its name when no other key has it. Requests with it are refused from then on.</source>
        <translation>Révoque une clé d&apos;API du relais local, par son ID (voir &quot;keys list&quot;) ou par son nom si aucune autre clé ne le porte. Les requêtes qui l&apos;utilisent sont ensuite refusées.</translation>
    </message>
    <message>
        <source>The key&apos;s ID or name.</source>
        <translation>L&apos;ID ou le nom de la clé.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>No API key has the ID or name &quot;%1&quot;; &quot;contextrelay-desktop keys list&quot; shows them.</source>
        <translation>Aucune clé d&apos;API n&apos;a l&apos;ID ou le nom «&#xa0;%1&#xa0;»&#xa0;; &quot;contextrelay-desktop keys list&quot; les affiche.</translation>
    </message>
    <message>
        <source>More than one API key is called &quot;%1&quot;; revoke one by its ID (&quot;contextrelay-desktop keys list&quot; shows them).</source>
        <translation>Plusieurs clés d&apos;API s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; révoquez-en une par son ID (&quot;contextrelay-desktop keys list&quot; les affiche).</translation>
    </message>
    <message>
        <source>Revoked API key &quot;%1&quot; (ID %2): requests with it are refused from now on.</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;» révoquée (ID %2)&#xa0;: les requêtes qui l&apos;utilisent sont désormais refusées.</translation>
    </message>
    <message>
        <source>No key is left, so the relay no longer asks for one (unless it listens beyond loopback: then it refuses every request but GET / until a key is created).</source>
        <translation>Il ne reste aucune clé, le relais n&apos;en demande donc plus (sauf s&apos;il écoute au-delà de la boucle locale&#xa0;: il refuse alors toute requête sauf GET / jusqu&apos;à la création d&apos;une clé).</translation>
    </message>
    <message>
        <source>Say what to do with the API keys: create, list or revoke.</source>
        <translation>Indiquez quoi faire des clés d&apos;API&#xa0;: create, list ou revoke.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to do with API keys; use create, list or revoke.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action sur les clés d&apos;API&#xa0;; utilisez create, list ou revoke.</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop keys --help&apos;.</source>
        <translation>Essayez &apos;contextrelay-desktop keys --help&apos;.</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot;: </source>
        <translation>Clé d&apos;API pour «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <source>Cannot read the API key of remote &quot;%1&quot; from the keychain: %2 Going on without it; pass --api-key or set CONTEXTRELAY_API_KEY.</source>
        <translation>Impossible de lire la clé d&apos;API du relais distant «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2 Poursuite sans clé&#xa0;; passez --api-key ou définissez CONTEXTRELAY_API_KEY.</translation>
    </message>
    <message>
        <source>There is no remote named &quot;%1&quot;; &apos;contextrelay-desktop remote list&apos; shows them.</source>
        <translation>Aucun relais distant ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; &apos;contextrelay-desktop remote list&apos; les affiche.</translation>
    </message>
    <message>
        <source>Add (or replace) a remote relay profile. The API key goes to the system keychain, never to a file.</source>
        <translation>Ajoute (ou remplace) un profil de relais distant. La clé d&apos;API va dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>The relay&apos;s base URL.</source>
        <translation>L&apos;URL de base du relais.</translation>
    </message>
    <message>
        <source>Read the API key from standard input (one line) and keep it in the keychain.</source>
        <translation>Lit la clé d&apos;API sur l&apos;entrée standard (une ligne) et la garde dans le trousseau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de relais distant utilisable&#xa0;: utilisez de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation>Aucune clé d&apos;API sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 Nothing was stored. Add the remote without --api-key-stdin and pass the key with --api-key or CONTEXTRELAY_API_KEY on each command; the desktop app can keep a session-only key instead.</source>
        <translation>%1 Rien n&apos;a été stocké. Ajoutez le relais distant sans --api-key-stdin et passez la clé avec --api-key ou CONTEXTRELAY_API_KEY à chaque commande&#xa0;; l&apos;application de bureau peut à la place garder une clé pour la session seulement.</translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation>%1 Rien n&apos;a été stocké.</translation>
    </message>
    <message>
        <source>Could not remove an older API key of &quot;%1&quot; from the keychain: %2</source>
        <translation>Impossible de retirer du trousseau une ancienne clé d&apos;API de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2; its API key is in the keychain.</source>
        <translation>Le relais distant «&#xa0;%1&#xa0;» a pour URL %2&#xa0;; sa clé d&apos;API est dans le trousseau.</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2 (no API key).</source>
        <translation>Le relais distant «&#xa0;%1&#xa0;» a pour URL %2 (sans clé d&apos;API).</translation>
    </message>
    <message>
        <source>List the remote relay profiles (never their keys).</source>
        <translation>Liste les profils de relais distants (jamais leurs clés).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>unavailable (no keychain)</source>
        <translation>indisponible (pas de trousseau)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>indisponible (%1)</translation>
    </message>
    <message>
        <source>No remotes yet; add one with &apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos;.</source>
        <translation>Aucun relais distant pour l&apos;instant&#xa0;; ajoutez-en un avec &apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos;.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Remove a remote relay profile and its API key in the keychain.</source>
        <translation>Supprime un profil de relais distant et sa clé d&apos;API dans le trousseau.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est supprimé, mais sa clé d&apos;API n&apos;a pas pu être retirée du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; removed.</source>
        <translation>Relais distant «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Check a remote relay step by step: health, API key, a push/pull/peek round trip and the WebSocket.</source>
        <translation>Vérifie un relais distant étape par étape&#xa0;: état, clé d&apos;API, un aller-retour envoi/récupération/consultation et le WebSocket.</translation>
    </message>
    <message>
        <source>Print the steps as JSON.</source>
        <translation>Affiche les étapes en JSON.</translation>
    </message>
    <message>
        <source>Use this API key instead of the one in the keychain.</source>
        <translation>Utilise cette clé d&apos;API au lieu de celle du trousseau.</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop remote COMMAND …</source>
        <translation>Utilisation&#xa0;: contextrelay-desktop remote COMMAND …</translation>
    </message>
    <message>
        <source>Remote relay profiles: a name for a relay&apos;s base URL, with its API key in the system keychain.</source>
        <translation>Profils de relais distants&#xa0;: un nom pour l&apos;URL de base d&apos;un relais, avec sa clé d&apos;API dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>add or replace a profile</source>
        <translation>ajoute ou remplace un profil</translation>
    </message>
    <message>
        <source>list the profiles (never their keys)</source>
        <translation>liste les profils (jamais leurs clés)</translation>
    </message>
    <message>
        <source>remove a profile and its key</source>
        <translation>supprime un profil et sa clé</translation>
    </message>
    <message>
        <source>check health, key, round trip and WebSocket</source>
        <translation>vérifie état, clé, aller-retour et WebSocket</translation>
    </message>
    <message>
        <source>Then use a profile with --remote NAME on push, pull, peek, publish, subscribe, wait, status.</source>
        <translation>Utilisez ensuite un profil avec --remote NAME pour push, pull, peek, publish, subscribe, wait, status.</translation>
    </message>
    <message>
        <source>Unknown remote command &quot;%1&quot;; try &apos;contextrelay-desktop remote --help&apos;.</source>
        <translation>Commande remote inconnue «&#xa0;%1&#xa0;»&#xa0;; essayez &apos;contextrelay-desktop remote --help&apos;.</translation>
    </message>
    <message>
        <source>Use either --remote or --server, not both.</source>
        <translation>Utilisez --remote ou --server, pas les deux.</translation>
    </message>
    <message>
        <source>Links LOCAL, a channel of this relay, with CHANNEL on the remote relay profile PROFILE.
out: pushes to LOCAL are re-pushed to the remote channel; in: pushes to the remote channel are pulled and re-pushed to LOCAL; both: both ways, never sending a payload back over the bridge it came through. While the remote is unreachable, outgoing payloads wait in a durable queue and go out in order when it returns. A running app picks the bridge up.</source>
        <translation>Relie LOCAL, un canal de ce relais, à CHANNEL sur le profil de relais distant PROFILE.
out&#xa0;: les envois vers LOCAL sont renvoyés vers le canal distant&#xa0;; in&#xa0;: les envois vers le canal distant sont récupérés et renvoyés vers LOCAL&#xa0;; both&#xa0;: dans les deux sens, sans jamais renvoyer une charge utile par le pont d&apos;où elle vient. Tant que le relais distant est injoignable, les charges utiles sortantes attendent dans une file d&apos;attente durable et partent dans l&apos;ordre à son retour. Une application en cours d&apos;exécution prend le pont en compte.</translation>
    </message>
    <message>
        <source>The local channel.</source>
        <translation>Le canal local.</translation>
    </message>
    <message>
        <source>PROFILE:CHANNEL on the remote relay.</source>
        <translation>PROFILE:CHANNEL sur le relais distant.</translation>
    </message>
    <message>
        <source>out (default), in or both.</source>
        <translation>out (par défaut), in ou both.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>--direction must be out, in or both.</source>
        <translation>--direction doit valoir out, in ou both.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PROFILE:CHANNEL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme PROFILE:CHANNEL.</translation>
    </message>
    <message>
        <source>Bridge %1 added: %2.</source>
        <translation>Pont %1 ajouté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Lists the channel bridges: id, local channel, direction, remote.</source>
        <translation>Liste les ponts de canal&#xa0;: id, canal local, sens, relais distant.</translation>
    </message>
    <message>
        <source>No channel bridges.</source>
        <translation>Aucun pont de canal.</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOCAL</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>SENS</translation>
    </message>
    <message>
        <source>REMOTE</source>
        <translation>DISTANT</translation>
    </message>
    <message>
        <source>Removes a channel bridge. Payloads still queued for it are dropped by the running app.</source>
        <translation>Supprime un pont de canal. Les charges utiles encore en file d&apos;attente pour lui sont abandonnées par l&apos;application en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The bridge&apos;s id (or its start), from &apos;list&apos;.</source>
        <translation>L&apos;id du pont (ou son début), tiré de &apos;list&apos;.</translation>
    </message>
    <message>
        <source>Bridge %1 removed: %2.</source>
        <translation>Pont %1 supprimé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
       contextrelay-desktop bridge-channel list
       contextrelay-desktop bridge-channel remove ID
Each has --help.</source>
        <translation>Utilisation&#xa0;: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
              contextrelay-desktop bridge-channel list
              contextrelay-desktop bridge-channel remove ID
Chacune accepte --help.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The channel tasks go to (default: agent-tasks).</source>
        <translation>Le canal où vont les tâches (par défaut&#xa0;: agent-tasks).</translation>
    </message>
    <message>
        <source>The channel results go to (default: agent-done).</source>
        <translation>Le canal où vont les résultats (par défaut&#xa0;: agent-done).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most 604800.</source>
        <translation>--timeout doit être un nombre de secondes supérieur à 0 et d&apos;au plus 604800.</translation>
    </message>
    <message>
        <source>Hand each task pushed to the task channel to a coding agent in a tmux pane, one at a time: paste it with a request for an outcome block, wait for that block, and push it to the done channel with the task&apos;s id in its metadata. Runs until stopped; logs each step on standard error.</source>
        <translation>Confie chaque tâche envoyée sur le canal des tâches à un agent de code dans un panneau tmux, une à la fois&#xa0;: la colle avec une demande de bloc de résultat, attend ce bloc et l&apos;envoie sur le canal des tâches terminées avec l&apos;id de la tâche dans ses métadonnées. S&apos;exécute jusqu&apos;à ce qu&apos;on l&apos;arrête&#xa0;; journalise chaque étape sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>The tmux pane the agent runs in (session, session:window.pane, %id).</source>
        <translation>Le panneau tmux où tourne l&apos;agent (session, session:window.pane, %id).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>The tmux server&apos;s socket name (as tmux -L takes it).</source>
        <translation>Le nom de socket du serveur tmux (tel que l&apos;attend tmux -L).</translation>
    </message>
    <message>
        <source>How long the agent has for one task (default: 1800).</source>
        <translation>Le temps dont dispose l&apos;agent pour une tâche (par défaut&#xa0;: 1800).</translation>
    </message>
    <message>
        <source>How often to read the pane while a task runs (default: 500).</source>
        <translation>L&apos;intervalle de lecture du panneau pendant une tâche (par défaut&#xa0;: 500).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--tmux is required: the tmux pane the agent runs in.</source>
        <translation>--tmux est obligatoire&#xa0;: le panneau tmux où tourne l&apos;agent.</translation>
    </message>
    <message>
        <source>--task-channel and --done-channel must be two different, non-empty names.</source>
        <translation>--task-channel et --done-channel doivent être deux noms différents et non vides.</translation>
    </message>
    <message>
        <source>--poll-ms must be a whole number from 50 to 60000.</source>
        <translation>--poll-ms doit être un nombre entier de 50 à 60000.</translation>
    </message>
    <message>
        <source>Cannot read the tmux pane %1: %2</source>
        <translation>Impossible de lire le panneau tmux %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Push a task for an agent bridge and wait for its result, then print it. Exit code 3 when no result arrives in time or the bridge gave up waiting for the agent (what the agent said so far is printed), 6 when the bridge could not run the task.</source>
        <translation>Envoie une tâche à un pont d&apos;agent, attend son résultat puis l&apos;affiche. Code de sortie 3 si aucun résultat n&apos;arrive à temps ou si le pont a cessé d&apos;attendre l&apos;agent (ce que l&apos;agent a dit jusque-là est affiché), 6 si le pont n&apos;a pas pu exécuter la tâche.</translation>
    </message>
    <message>
        <source>The task; &apos;-&apos; reads it from standard input.</source>
        <translation>La tâche&#xa0;; &apos;-&apos; la lit sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: 1800).</source>
        <translation>Abandonne après ce nombre de secondes (par défaut&#xa0;: 1800).</translation>
    </message>
    <message>
        <source>Nothing to do: the task is empty.</source>
        <translation>Rien à faire&#xa0;: la tâche est vide.</translation>
    </message>
    <message>
        <source>The bridge could not run the task: %1</source>
        <translation>Le pont n&apos;a pas pu exécuter la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agent gave no outcome before the bridge&apos;s timeout.</source>
        <translation>L&apos;agent n&apos;a donné aucun résultat avant l&apos;expiration du délai du pont.</translation>
    </message>
    <message>
        <source>Cannot subscribe to &quot;%1&quot;: %2</source>
        <translation>Impossible de s&apos;abonner à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task pushed: %1; waiting for its result on &quot;%2&quot;.</source>
        <translation>Tâche envoyée&#xa0;: %1&#xa0;; attente de son résultat sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No result within %1 s.</source>
        <translation>Aucun résultat en %1 s.</translation>
    </message>
    <message>
        <source>Also print each signal published on the channel, as a line of JSON {&quot;message&quot;: …, &quot;ts&quot;: …} (with --exec: its last argument).</source>
        <translation>Affiche aussi chaque signal publié sur le canal, sous forme d&apos;une ligne JSON {&quot;message&quot;: …, &quot;ts&quot;: …} (avec --exec&#xa0;: en dernier argument).</translation>
    </message>
    <message>
        <source>Wait for the next published signal instead, and print it as a line of JSON.</source>
        <translation>Attend plutôt le prochain signal publié et l&apos;affiche sous forme d&apos;une ligne JSON.</translation>
    </message>
    <message>
        <source>Metadata entry; may be repeated. JSON values keep their type; quote one to make it text.</source>
        <translation>Entrée de métadonnées&#xa0;; peut être répétée. Les valeurs JSON gardent leur type&#xa0;; entre guillemets, une valeur devient du texte.</translation>
    </message>
</context>
<context>
    <name>Relay::Cli::ExecQueue</name>
    <message>
        <source>The command exited with code %1.</source>
        <translation>La commande s&apos;est terminée avec le code %1.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Relay::Cli::StdinDevice</name>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Impossible de lire l&apos;entrée standard&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Relay::ConnectionTest</name>
    <message>
        <source>unreachable: %1</source>
        <translation>injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>délai dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>unreachable: no answer within %1 s</source>
        <translation>injoignable&#xa0;: pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>HTTP %1: this is not a ContextRelay relay (GET / should answer 200)</source>
        <translation>HTTP %1&#xa0;: ce n&apos;est pas un relais ContextRelay (GET / devrait répondre 200)</translation>
    </message>
    <message>
        <source>the server answers, but not as a ContextRelay relay (GET / said &quot;%1&quot;)</source>
        <translation>le serveur répond, mais pas comme un relais ContextRelay (GET / a répondu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the payload pulled back differs from the one pushed</source>
        <translation>la charge utile récupérée diffère de celle envoyée</translation>
    </message>
    <message>
        <source>peek shows other metadata than was pushed</source>
        <translation>la consultation montre d&apos;autres métadonnées que celles envoyées</translation>
    </message>
    <message>
        <source>unreachable: the WebSocket connection failed (%1)</source>
        <translation>injoignable&#xa0;: la connexion WebSocket a échoué (%1)</translation>
    </message>
    <message>
        <source>the pushed pointer did not arrive on the WebSocket within %1 s</source>
        <translation>le pointeur envoyé n&apos;est pas arrivé sur le WebSocket en %1 s</translation>
    </message>
    <message>
        <source>unreachable: the WebSocket did not connect within %1 s</source>
        <translation>injoignable&#xa0;: le WebSocket ne s&apos;est pas connecté en %1 s</translation>
    </message>
</context>
<context>
    <name>Relay::Forwarder</name>
    <message>
        <source>from %1:%2</source>
        <translation>depuis %1:%2</translation>
    </message>
    <message>
        <source>The queue of the bridges on channel %1 is full (%2 payloads waiting) because the remote relay is unreachable; nothing was dropped. Try again once it is back.</source>
        <translation>La file d&apos;attente des ponts du canal %1 est pleine (%2 charges utiles en attente) car le relais distant est injoignable&#xa0;; rien n&apos;a été supprimé. Réessayez une fois qu&apos;il sera de retour.</translation>
    </message>
</context>
<context>
    <name>Relay::ForwardingController</name>
    <message>
        <source>there is no remote profile named &quot;%1&quot;</source>
        <translation>aucun profil distant ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Relay::RelayClient</name>
    <message>
        <source>&quot;%1&quot; is neither a pointer URL (…/pull/&lt;id&gt;) nor a payload id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une URL de pointeur (…/pull/&lt;id&gt;) ni un id de charge utile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ContextRelay pointer URL (…/pull/&lt;id&gt;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de pointeur ContextRelay (…/pull/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The pointer URL has no payload id.</source>
        <translation>L&apos;URL de pointeur ne contient pas d&apos;id de charge utile.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation>Le relais à %1 n&apos;a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1 (%2).</source>
        <translation>Impossible de joindre le relais à %1 (%2).</translation>
    </message>
    <message>
        <source>Not found: the payload does not exist or has expired.</source>
        <translation>Introuvable&#xa0;: la charge utile n&apos;existe pas ou a expiré.</translation>
    </message>
    <message>
        <source>401: the API key is invalid or missing (the relay at %1 refused it).</source>
        <translation>401&#xa0;: la clé d&apos;API est invalide ou absente (le relais à %1 l&apos;a refusée).</translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay at %1.</source>
        <translation>402&#xa0;: quota dépassé sur le relais distant à %1.</translation>
    </message>
    <message>
        <source>The relay refused the request (HTTP %1): %2</source>
        <translation>Le relais a refusé la requête (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The payload is not UTF-8 text; send it raw (as a file) instead.</source>
        <translation>La charge utile n&apos;est pas du texte UTF-8&#xa0;; envoyez-la plutôt brute (en tant que fichier).</translation>
    </message>
    <message>
        <source>The relay&apos;s answer to the push has no &quot;url&quot;; is this a ContextRelay relay?</source>
        <translation>La réponse du relais à l&apos;envoi ne contient pas de &quot;url&quot;&#xa0;; est-ce bien un relais ContextRelay&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot decrypt the payload: %1</source>
        <translation>Impossible de déchiffrer la charge utile&#xa0;: %1</translation>
    </message>
    <message>
        <source>A channel name is needed.</source>
        <translation>Un nom de canal est nécessaire.</translation>
    </message>
    <message>
        <source>The relay does not support publish (no &quot;delivered&quot; in its answer).</source>
        <translation>Le relais ne prend pas en charge publish (pas de &quot;delivered&quot; dans sa réponse).</translation>
    </message>
    <message>
        <source>The relay&apos;s /stats answer is not a JSON object.</source>
        <translation>La réponse /stats du relais n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>Relay::RelayHost</name>
    <message>
        <source>Channel bridges are off: %1</source>
        <translation>Les ponts de canal sont désactivés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Relay::RelayRouter</name>
    <message>
        <source>&quot;ttl&quot; must be a whole number of seconds from %1 to %2.</source>
        <translation>&quot;ttl&quot; doit être un nombre entier de secondes de %1 à %2.</translation>
    </message>
    <message>
        <source>&quot;max_reads&quot; must be a whole number of at least 1.</source>
        <translation>&quot;max_reads&quot; doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>ttl must be a whole number of seconds from %1 to %2.</source>
        <translation>ttl doit être un nombre entier de secondes de %1 à %2.</translation>
    </message>
    <message>
        <source>max_reads must be a whole number of at least 1.</source>
        <translation>max_reads doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The payload is %1 bytes; this relay accepts at most %2.</source>
        <translation>La charge utile fait %1 octets&#xa0;; ce relais accepte au plus %2.</translation>
    </message>
    <message>
        <source>not kept for replay: the relay is at its channel limit (%1, --max-channels)</source>
        <translation>non conservée pour le rejeu&#xa0;: le relais a atteint sa limite de canaux (%1, --max-channels)</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>La charge utile est vide.</translation>
    </message>
    <message>
        <source>This relay&apos;s store is full.</source>
        <translation>Le stockage de ce relais est plein.</translation>
    </message>
    <message>
        <source>The payload could not be written to disk.</source>
        <translation>Impossible d&apos;écrire la charge utile sur le disque.</translation>
    </message>
    <message>
        <source>The relay&apos;s store is full; nothing was evicted to make room. Delete payloads or wait for them to expire.</source>
        <translation>Le stockage du relais est plein&#xa0;; rien n&apos;a été évincé pour faire de la place. Supprimez des charges utiles ou attendez leur expiration.</translation>
    </message>
    <message>
        <source>replay must be a whole number from 0 to %1.</source>
        <translation>replay doit être un nombre entier de 0 à %1.</translation>
    </message>
</context>
<context>
    <name>Relay::RelayServer</name>
    <message>
        <source>The crypto library (libsodium) could not be initialised.</source>
        <translation>La bibliothèque cryptographique (libsodium) n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read every payload. Create one with &apos;contextrelay-desktop keys create&apos;.</source>
        <translation>Écouter au-delà de la boucle locale exige des clés d&apos;API&#xa0;: sans elles, n&apos;importe qui sur le réseau pourrait lire toutes les charges utiles. Créez-en une avec &apos;contextrelay-desktop keys create&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Another relay is already using the data directory %1.</source>
        <translation>Un autre relais utilise déjà le dossier de données %1.</translation>
    </message>
    <message>
        <source>read limit reached</source>
        <translation>limite de lectures atteinte</translation>
    </message>
    <message>
        <source>No API key is left, but the relay listens beyond loopback: it keeps requiring one, so every request but GET / is refused until a key is created.</source>
        <translation>Il ne reste aucune clé d&apos;API, mais le relais écoute au-delà de la boucle locale&#xa0;: il continue d&apos;en exiger une, donc toute requête sauf GET / est refusée jusqu&apos;à la création d&apos;une clé.</translation>
    </message>
    <message>
        <source>Subscriber %1 stopped reading and was disconnected with %2 bytes unsent (--max-pending-ws-bytes).</source>
        <translation>L&apos;abonné %1 a cessé de lire et a été déconnecté avec %2 octets non envoyés (--max-pending-ws-bytes).</translation>
    </message>
</context>
<context>
    <name>Relay::RemoteProfiles</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>A relay URL starts with http:// or https://, not &quot;%1&quot;.</source>
        <translation>Une URL de relais commence par http:// ou https://, pas par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; names no host.</source>
        <translation>L&apos;URL de relais «&#xa0;%1&#xa0;» n&apos;indique aucun hôte.</translation>
    </message>
    <message>
        <source>The relay URL must not carry a user name or password; the API key is kept in the keychain instead.</source>
        <translation>L&apos;URL du relais ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; la clé d&apos;API est gardée dans le trousseau à la place.</translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; must be a base URL, without &quot;?…&quot; or &quot;#…&quot;.</source>
        <translation>L&apos;URL de relais «&#xa0;%1&#xa0;» doit être une URL de base, sans &quot;?…&quot; ni &quot;#…&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de relais distant utilisable&#xa0;: utilisez de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Cannot save the remote profile to %1.</source>
        <translation>Impossible d&apos;enregistrer le profil distant dans %1.</translation>
    </message>
</context>
<context>
    <name>Relay::SecretStore</name>
    <message>
        <source>No keychain service is running (Secret Service or KWallet), so the key cannot be stored safely.</source>
        <translation>Aucun service de trousseau n&apos;est lancé (Secret Service ou KWallet)&#xa0;: la clé ne peut pas être stockée de façon sûre.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui</name>
    <message>
        <source>%1 is a folder; copy files instead.</source>
        <translation>%1 est un dossier&#xa0;; copiez plutôt des fichiers.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the relay accepts (%3).</source>
        <translation>%1 fait %2, plus que ce qu&apos;accepte le relais (%3).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copied image cannot be encoded as PNG.</source>
        <translation>L&apos;image copiée ne peut pas être encodée en PNG.</translation>
    </message>
    <message>
        <source>The copied image is %1 as PNG, more than the relay accepts (%2).</source>
        <translation>L&apos;image copiée fait %1 en PNG, plus que ce qu&apos;accepte le relais (%2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot save the payload to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la charge utile dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot; any more; see Settings, Remote Relays.</source>
        <translation>Il n&apos;y a plus de relais distant nommé «&#xa0;%1&#xa0;»&#xa0;; voir Paramètres, Relais distants.</translation>
    </message>
    <message>
        <source>The API keys of remote relays cannot be read here.</source>
        <translation>Les clés d&apos;API des relais distants ne peuvent pas être lues ici.</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2 Enter it as a session-only key in Settings, Remote Relays.</source>
        <translation>La clé d&apos;API de «&#xa0;%1&#xa0;» ne peut pas être lue&#xa0;: %2 Saisissez-la comme clé pour cette session seulement dans Paramètres, Relais distants.</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2</source>
        <translation>La clé d&apos;API de «&#xa0;%1&#xa0;» ne peut pas être lue&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::AboutDialog</name>
    <message>
        <source>About ContextRelay Desktop</source>
        <translation>À propos de ContextRelay Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A local ContextRelay relay: AI agents on this computer hand each other large payloads by URL instead of pasting them through prompts.</source>
        <translation>Un relais ContextRelay local&#xa0;: les agents d&apos;IA de cet ordinateur s&apos;échangent de grosses charges utiles par URL au lieu de les coller dans leurs prompts.</translation>
    </message>
    <message>
        <source>Qt %1, libsodium %2, %3.</source>
        <translation>Qt %1, libsodium %2, %3.</translation>
    </message>
    <message>
        <source>Free software under the MIT license. Wire-compatible with the open-source &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt; Worker.</source>
        <translation>Logiciel libre sous licence MIT. Compatible au niveau du protocole avec le Worker open source &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation>Impossible de supprimer l&apos;entrée de démarrage automatique %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;entrée de démarrage automatique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hand large payloads between AI agents by URL, on this computer</source>
        <translation>Échanger de grosses charges utiles entre agents d&apos;IA par URL, sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::BridgesPage</name>
    <message>
        <source>→ out</source>
        <translation>→ sortant</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← entrant</translation>
    </message>
    <message>
        <source>↔ both</source>
        <translation>↔ les deux</translation>
    </message>
    <message>
        <source>What is pushed to the local channel is pushed to the remote channel too.</source>
        <translation>Ce qui est envoyé sur le canal local est aussi envoyé sur le canal distant.</translation>
    </message>
    <message>
        <source>What is pushed to the remote channel is pulled and pushed here too.</source>
        <translation>Ce qui est envoyé sur le canal distant est récupéré et envoyé ici aussi.</translation>
    </message>
    <message>
        <source>Both ways; a payload never goes back over the bridge it came through.</source>
        <translation>Dans les deux sens&#xa0;; une charge utile ne repart jamais par le pont d&apos;où elle vient.</translation>
    </message>
    <message>
        <source>Local channel</source>
        <translation>Canal local</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Remote channel</source>
        <translation>Canal distant</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>Nouveau pont</translation>
    </message>
    <message>
        <source>e.g. team</source>
        <translation>p. ex. équipe</translation>
    </message>
    <message>
        <source>the same as the local channel</source>
        <translation>le même que le canal local</translation>
    </message>
    <message>
        <source>→ out: pushes here go there too</source>
        <translation>→ sortant&#xa0;: les envois d&apos;ici partent aussi là-bas</translation>
    </message>
    <message>
        <source>← in: pushes there come here too</source>
        <translation>← entrant&#xa0;: les envois de là-bas arrivent aussi ici</translation>
    </message>
    <message>
        <source>↔ both ways</source>
        <translation>↔ dans les deux sens</translation>
    </message>
    <message>
        <source>&amp;Add Bridge</source>
        <translation>&amp;Ajouter un pont</translation>
    </message>
    <message>
        <source>Add a remote relay on the Remote Relays tab first.</source>
        <translation>Ajoutez d&apos;abord un relais distant dans l&apos;onglet Relais distants.</translation>
    </message>
    <message>
        <source>&amp;Local channel:</source>
        <translation>Canal &amp;local&#xa0;:</translation>
    </message>
    <message>
        <source>Remote rela&amp;y:</source>
        <translation>Relais dis&amp;tant&#xa0;:</translation>
    </message>
    <message>
        <source>Remote &amp;channel:</source>
        <translation>&amp;Canal distant&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>Se&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>A bridge links a local channel with a channel of a remote relay. Outgoing payloads wait in a durable queue while the remote is unreachable. Changes here are saved at once.</source>
        <translation>Un pont relie un canal local à un canal d&apos;un relais distant. Les charges utiles sortantes attendent dans une file d&apos;attente durable tant que le relais distant est injoignable. Les modifications faites ici sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot;: what this bridge sends waits in its queue until there is one.</source>
        <translation>Il n&apos;y a pas de relais distant nommé «&#xa0;%1&#xa0;»&#xa0;: ce que ce pont envoie attend dans sa file d&apos;attente jusqu&apos;à ce qu&apos;il y en ait un.</translation>
    </message>
    <message>
        <source>The id the bridge-channel command uses.</source>
        <translation>L&apos;id qu&apos;utilise la commande bridge-channel.</translation>
    </message>
    <message>
        <source>Enter the local channel to bridge.</source>
        <translation>Saisissez le canal local à relier.</translation>
    </message>
    <message>
        <source>Remove Bridge</source>
        <translation>Supprimer le pont</translation>
    </message>
    <message>
        <source>Remove the bridge %1? Payloads still waiting in its queue are dropped.</source>
        <translation>Supprimer le pont %1&#xa0;? Les charges utiles encore en attente dans sa file seront abandonnées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ChannelTableModel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>%n non distribuable</numerusform>
            <numerusform>%n non distribuables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>remis&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>reçus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error at %1.</source>
        <translation>Dernière erreur le %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) pushed</source>
        <translation>
            <numerusform>%n charge utile envoyée</numerusform>
            <numerusform>%n charges utiles envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published</source>
        <translation>
            <numerusform>%n message publié</numerusform>
            <numerusform>%n messages publiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Publishes</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ClipboardActions</name>
    <message>
        <source>The relay restarted before the clipboard action finished; try again.</source>
        <translation>Le relais a redémarré avant la fin de l&apos;action sur le presse-papiers&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation>L&apos;action précédente sur le presse-papiers n&apos;est pas encore terminée.</translation>
    </message>
    <message>
        <source>The relay is not running.</source>
        <translation>Le relais n&apos;est pas lancé.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n files are copied; push at most %1 at once.</source>
        <translation>
            <numerusform>%n fichier est copié&#xa0;; envoyez-en au plus %1 à la fois.</numerusform>
            <numerusform>%n fichiers sont copiés&#xa0;; envoyez-en au plus %1 à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copied text is %1, more than the relay accepts (%2).</source>
        <translation>Le texte copié fait %1, plus que ce qu&apos;accepte le relais (%2).</translation>
    </message>
    <message>
        <source>The clipboard holds no text, files or image to push.</source>
        <translation>Le presse-papiers ne contient ni texte, ni fichiers, ni image à envoyer.</translation>
    </message>
    <message>
        <source>The relay stopped before the push finished.</source>
        <translation>Le relais s&apos;est arrêté avant la fin de l&apos;envoi.</translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation>Il n&apos;y a pas de presse-papiers.</translation>
    </message>
    <message>
        <source>The clipboard holds no pointer URL (http://…/pull/…).</source>
        <translation>Le presse-papiers ne contient pas d&apos;URL de pointeur (http://…/pull/…).</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::DisplayFormat</name>
    <message>
        <source>%1 KB</source>
        <comment>size in kilobytes (1000 B)</comment>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>size in megabytes (1000 KB)</comment>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>size in gigabytes (1000 MB)</comment>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <comment>size in terabytes (1000 GB)</comment>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>size in bytes</comment>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>time left: days and hours</comment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>time left: hours, minutes, seconds</comment>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no activity yet</comment>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
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
        <translation>envoi</translation>
    </message>
    <message>
        <source>pulled</source>
        <comment>event type</comment>
        <translation>récupération</translation>
    </message>
    <message>
        <source>peeked</source>
        <comment>event type</comment>
        <translation>consultation</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>event type</comment>
        <translation>expiration</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>event type</comment>
        <translation>suppression</translation>
    </message>
    <message>
        <source>subscribed</source>
        <comment>event type</comment>
        <translation>abonnement</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <comment>event type</comment>
        <translation>désabonnement</translation>
    </message>
    <message>
        <source>published</source>
        <comment>event type</comment>
        <translation>publication</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>event type</comment>
        <translation>refus</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n subscriber(s) reached</source>
        <translation>
            <numerusform>%1, %n abonné atteint</numerusform>
            <numerusform>%1, %n abonnés atteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %2 of %n time(s)</source>
        <translation>
            <numerusform>%1, lecture %2 sur %n</numerusform>
            <numerusform>%1, lecture %2 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %n time(s)</source>
        <translation>
            <numerusform>%1, %n lecture</numerusform>
            <numerusform>%1, %n lectures</numerusform>
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
            <numerusform>%1, %n abonné sur le canal</numerusform>
            <numerusform>%1, %n abonnés sur le canal</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation>%1
Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::EventLogPanel</name>
    <message>
        <source>All Events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation>N&apos;afficher que certains types d&apos;événements</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Stop adding events to the log (the relay keeps running)</source>
        <translation>Ne plus ajouter d&apos;événements au journal (le relais continue de fonctionner)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Empty the log</source>
        <translation>Vider le journal</translation>
    </message>
    <message>
        <source>No events yet. Pushes, pulls, subscriptions and rejections show up here as they happen.</source>
        <translation>Aucun événement pour l&apos;instant. Les envois, récupérations, abonnements et refus apparaissent ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>No Events</source>
        <translation>Aucun événement</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n event(s) not shown</source>
        <translation>
            <numerusform>Suspendu&#xa0;: %n événement non affiché</numerusform>
            <numerusform>Suspendu&#xa0;: %n événements non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. New events are counted but not shown.</source>
        <translation>Suspendu. Les nouveaux événements sont comptés mais pas affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>No events of the chosen types.</source>
        <translation>Aucun événement des types choisis.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relay::Ui::InspectorWindow</name>
    <message>
        <source>ContextRelay Inspector</source>
        <translation>Inspecteur ContextRelay</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Charges utiles</translation>
    </message>
    <message>
        <source>No channels yet. A channel appears when a payload is pushed to it or an agent subscribes to it.</source>
        <translation>Aucun canal pour l&apos;instant. Un canal apparaît quand une charge utile y est envoyée ou qu&apos;un agent s&apos;y abonne.</translation>
    </message>
    <message>
        <source>Double-click a channel to see its payloads</source>
        <translation>Double-cliquez sur un canal pour voir ses charges utiles</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>No subscribers. Agents subscribe with a WebSocket to /ws/&lt;channel&gt;.</source>
        <translation>Aucun abonné. Les agents s&apos;abonnent avec un WebSocket à /ws/&lt;channel&gt;.</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Show Only Channel “%1”</source>
        <translation>N&apos;afficher que le canal «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Push…</source>
        <translation>&amp;Nouvel envoi…</translation>
    </message>
    <message>
        <source>&amp;Pull URL…</source>
        <translation>&amp;Récupérer une URL…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Charge utile</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l&apos;&amp;URL</translation>
    </message>
    <message>
        <source>Copy &amp;curl Command</source>
        <translation>Copier la &amp;commande curl</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Push &amp;Again to Channel…</source>
        <translation>&amp;Renvoyer vers un canal…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find Payloads</source>
        <translation>&amp;Rechercher des charges utiles</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The relay&apos;s address for agents. Click to copy it.</source>
        <translation>L&apos;adresse du relais pour les agents. Cliquez pour la copier.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Copié dans le presse-papiers&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pushing: %1 of %2</source>
        <translation>Envoi&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s)</source>
        <translation>
            <numerusform>%n charge utile</numerusform>
            <numerusform>%n charges utiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title with a count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>New connections are refused; subscribers already connected stay.</source>
        <translation>Les nouvelles connexions sont refusées&#xa0;; les abonnés déjà connectés restent.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>The relay accepts pushes and pulls.</source>
        <translation>Le relais accepte les envois et les récupérations.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d&apos;adresse</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n URL(s) to the clipboard.</source>
        <translation>
            <numerusform>%n URL copiée dans le presse-papiers.</numerusform>
            <numerusform>%n URL copiées dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n curl command(s). Running one counts as a read.</source>
        <translation>
            <numerusform>%n commande curl copiée. L&apos;exécuter compte comme une lecture.</numerusform>
            <numerusform>%n commandes curl copiées. En exécuter une compte comme une lecture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Enregistrer la charge utile</translation>
    </message>
    <message>
        <source>The payload is gone: it expired or was deleted.</source>
        <translation>La charge utile n&apos;existe plus&#xa0;: elle a expiré ou a été supprimée.</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Enregistré dans %2 (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payload(s).</source>
        <translation>
            <numerusform>%n charge utile supprimée.</numerusform>
            <numerusform>%n charges utiles supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push Again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Push a copy of %1 to the channel:</source>
        <translation>Envoyer une copie de %1 sur le canal&#xa0;:</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>Pushed to %1; the URL is on the clipboard.</source>
        <translation>Envoyé vers %1&#xa0;; l&apos;URL est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>Envoyer vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n payload(s); the URL is on the clipboard.</source>
        <translation>
            <numerusform>%n charge utile envoyée&#xa0;; l&apos;URL est dans le presse-papiers.</numerusform>
            <numerusform>%n charges utiles envoyées&#xa0;; l&apos;URL est dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n file(s)…</source>
        <translation>
            <numerusform>Envoi de %n fichier…</numerusform>
            <numerusform>Envoi de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing the dropped text…</source>
        <translation>Envoi du texte déposé…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation>À &amp;propos de ContextRelay Desktop</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadPusher</name>
    <message>
        <source>The relay is not running, so nothing can be pushed yet.</source>
        <translation>Le relais n&apos;est pas lancé&#xa0;: rien ne peut encore être envoyé.</translation>
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
Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) left</source>
        <translation>
            <numerusform>%n lecture restante</numerusform>
            <numerusform>%n lectures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No read limit</source>
        <translation>Pas de limite de lectures</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lectures</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadsPanel</name>
    <message>
        <source>Search id, channel, metadata, file name…</source>
        <translation>Rechercher id, canal, métadonnées, nom de fichier…</translation>
    </message>
    <message>
        <source>This payload is gone: it expired, was deleted or was read its last time.</source>
        <translation>Cette charge utile n&apos;existe plus&#xa0;: elle a expiré, a été supprimée ou a été lue pour la dernière fois.</translation>
    </message>
    <message>
        <source>No payloads yet — push one with %1 or drop a file here.</source>
        <translation>Aucune charge utile pour l&apos;instant — envoyez-en une avec %1 ou déposez un fichier ici.</translation>
    </message>
    <message>
        <source>No payload matches “%1”.</source>
        <translation>Aucune charge utile ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PreviewPane</name>
    <message>
        <source>View as:</source>
        <translation>Afficher en&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Show the payload as something else than what it looks like</source>
        <translation>Afficher la charge utile dans un autre format que celui détecté</translation>
    </message>
    <message>
        <source>This payload is encrypted</source>
        <translation>Cette charge utile est chiffrée</translation>
    </message>
    <message>
        <source>The relay keeps it as a Fernet token and cannot read it. Paste the key, or the whole URL with #key=…, to decrypt it here. The key is not sent anywhere and not stored.</source>
        <translation>Le relais la conserve sous forme de jeton Fernet et ne peut pas la lire. Collez la clé, ou l&apos;URL complète avec #key=…, pour la déchiffrer ici. La clé n&apos;est envoyée nulle part et n&apos;est pas stockée.</translation>
    </message>
    <message>
        <source>Key, or URL with #key=…</source>
        <translation>Clé, ou URL avec #key=…</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Déchiffrer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Select a payload to preview it.</source>
        <translation>Sélectionnez une charge utile pour en voir l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Payload %1</source>
        <translation>Charge utile %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>Metadata:
%1</source>
        <translation>Métadonnées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Decrypted here with your key; the key stays in this program.</source>
        <translation>Déchiffrée ici avec votre clé&#xa0;; la clé reste dans ce programme.</translation>
    </message>
    <message>
        <source>This could not be shown as an image; showing its bytes instead.</source>
        <translation>Impossible d&apos;afficher ceci comme une image&#xa0;; affichage de ses octets à la place.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Affichage des premiers %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 octets sur %2</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Mise en forme…</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>Décodage de l&apos;image…</translation>
    </message>
    <message>
        <source>Paste the key, or the URL that ends with #key=…, first.</source>
        <translation>Collez d&apos;abord la clé (ou l&apos;URL qui se termine par #key=…).</translation>
    </message>
    <message>
        <source>Only part of this payload has been loaded, so it cannot be decrypted yet. Try again in a moment.</source>
        <translation>Cette charge utile n&apos;est chargée qu&apos;en partie et ne peut donc pas encore être déchiffrée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation>Échec du déchiffrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PullDialog</name>
    <message>
        <source>Pull URL</source>
        <translation>Récupérer une URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787/pull/… (with #key=… for encrypted payloads)</source>
        <translation>http://127.0.0.1:8787/pull/… (avec #key=… pour les charges utiles chiffrées)</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Pulling counts as a read: a payload with a read limit may be used up.</source>
        <translation>Une récupération compte comme une lecture&#xa0;: une charge utile avec une limite de lectures peut être épuisée.</translation>
    </message>
    <message>
        <source>Paste a pointer URL and press Pull.</source>
        <translation>Collez une URL de pointeur et cliquez sur Récupérer.</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Paste a pointer URL first.</source>
        <translation>Collez d&apos;abord une URL de pointeur.</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Pulled %1 (%2).</source>
        <translation>Charge utile %1 récupérée (%2).</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Copié dans le presse-papiers&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Enregistrer la charge utile</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Enregistré dans %2 (%1).</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PushDialog</name>
    <message>
        <source>New Push</source>
        <translation>Nouvel envoi</translation>
    </message>
    <message>
        <source>Text, JSON or Markdown to push…</source>
        <translation>Texte, JSON ou Markdown à envoyer…</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Path of the file to push</source>
        <translation>Chemin du fichier à envoyer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The file is pushed as it is, with its name and content type. You can also drop files on the inspector window.</source>
        <translation>Le fichier est envoyé tel quel, avec son nom et son type de contenu. Vous pouvez aussi déposer des fichiers sur la fenêtre de l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Local relay</source>
        <translation>Relais local</translation>
    </message>
    <message>
        <source>Push to this computer&apos;s relay, or to a remote relay set up in Settings.</source>
        <translation>Envoyer vers le relais de cet ordinateur, ou vers un relais distant configuré dans les Paramètres.</translation>
    </message>
    <message>
        <source>None: no subscriber is told</source>
        <translation>Aucun&#xa0;: aucun abonné n&apos;est prévenu</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Values that parse as JSON (3, true, [1, 2]) are sent as such; anything else as text.</source>
        <translation>Les valeurs interprétables en JSON (3, true, [1, 2]) sont envoyées telles quelles&#xa0;; le reste, comme texte.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation>Ajouter une entrée de métadonnées</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>Supprimer l&apos;entrée de métadonnées sélectionnée</translation>
    </message>
    <message>
        <source>Relay default</source>
        <translation>Par défaut (relais)</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>&amp;Encrypt here; the key travels only in the URL (#key=…)</source>
        <translation>C&amp;hiffrer ici&#xa0;; la clé ne voyage que dans l&apos;URL (#key=…)</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Métadonnées&#xa0;:</translation>
    </message>
    <message>
        <source>Expires &amp;after:</source>
        <translation>E&amp;xpire après&#xa0;:</translation>
    </message>
    <message>
        <source>Max &amp;reads:</source>
        <translation>&amp;Lectures max.&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Distant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type or paste the text to push.</source>
        <translation>Saisissez ou collez le texte à envoyer.</translation>
    </message>
    <message>
        <source>Choose the file to push.</source>
        <translation>Choisissez le fichier à envoyer.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Metadata row %1 has a value but no key.</source>
        <translation>La ligne de métadonnées %1 a une valeur mais pas de clé.</translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; appears twice.</source>
        <translation>La clé de métadonnées «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>Push a File</source>
        <translation>Envoyer un fichier</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteClipboardPush</name>
    <message>
        <source>Pushing to &quot;%1&quot; failed: %2</source>
        <translation>L&apos;envoi vers «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation>L&apos;action précédente sur le presse-papiers n&apos;est pas encore terminée.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteEditDialog</name>
    <message>
        <source>Add Remote Relay</source>
        <translation>Ajouter un relais distant</translation>
    </message>
    <message>
        <source>Edit Remote Relay</source>
        <translation>Modifier le relais distant</translation>
    </message>
    <message>
        <source>e.g. cloud</source>
        <translation>p. ex. cloud</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; bridges and the command line use it.</source>
        <translation>1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;&#xa0;; les ponts et la ligne de commande l&apos;utilisent.</translation>
    </message>
    <message>
        <source>none, if the remote needs no key</source>
        <translation>aucune, si le relais distant n&apos;exige pas de clé</translation>
    </message>
    <message>
        <source>unchanged; type a new key to replace it</source>
        <translation>inchangée&#xa0;; saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Garder la clé pour cette &amp;session seulement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only: enter it again after ContextRelay Desktop restarts.</source>
        <translation>La clé est gardée en mémoire pour cette session seulement&#xa0;: saisissez-la de nouveau après un redémarrage de ContextRelay Desktop.</translation>
    </message>
    <message>
        <source>The key stays in memory until ContextRelay Desktop quits; nothing is written to disk.</source>
        <translation>La clé reste en mémoire jusqu&apos;à la fermeture de ContextRelay Desktop&#xa0;; rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>The key goes to the system keychain, never to the settings file.</source>
        <translation>La clé va dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Give the remote a name, e.g. cloud.</source>
        <translation>Donnez un nom au relais distant, p. ex. cloud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom utilisable&#xa0;: utilisez de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is already a remote named &quot;%1&quot;; edit that one, or pick another name.</source>
        <translation>Il existe déjà un relais distant nommé «&#xa0;%1&#xa0;»&#xa0;; modifiez celui-ci ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s base URL, e.g. https://relay.example.com.</source>
        <translation>Saisissez l&apos;URL de base du relais, p. ex. https://relay.example.com.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>The key was not saved. Save again to keep it for this session only.</source>
        <translation>La clé n&apos;a pas été enregistrée. Enregistrez de nouveau pour la garder pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemotesPage</name>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Checks the relay&apos;s health, the API key, a push and pull, and a WebSocket subscription.</source>
        <translation>Vérifie l&apos;état du relais, la clé d&apos;API, un envoi et une récupération, et un abonnement WebSocket.</translation>
    </message>
    <message>
        <source>Relays elsewhere that you can push to (from the tray or New Push) and bridge channels with. API keys are kept in the system keychain, never in the settings file. Changes here are saved at once.</source>
        <translation>Des relais situés ailleurs, vers lesquels vous pouvez envoyer (depuis la zone de notification ou Nouvel envoi) et avec lesquels relier des canaux par un pont. Les clés d&apos;API sont gardées dans le trousseau du système, jamais dans le fichier de paramètres. Les modifications faites ici sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>session only</source>
        <translation>session seulement</translation>
    </message>
    <message>
        <source>Kept in memory until ContextRelay Desktop quits.</source>
        <translation>Gardée en mémoire jusqu&apos;à la fermeture de ContextRelay Desktop.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No key: requests go to the remote without one.</source>
        <translation>Pas de clé&#xa0;: les requêtes partent vers le relais distant sans clé.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>pas de trousseau</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Remove the remote relay &quot;%1&quot; and its API key?</source>
        <translation>Supprimer le relais distant «&#xa0;%1&#xa0;» et sa clé d&apos;API&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s) use it: what they send waits in the queue until a remote of that name exists again.</source>
        <translation>
            <numerusform>%n pont l&apos;utilise&#xa0;: ce qu&apos;il envoie attend dans la file d&apos;attente jusqu&apos;à ce qu&apos;un relais distant de ce nom existe de nouveau.</numerusform>
            <numerusform>%n ponts l&apos;utilisent&#xa0;: ce qu&apos;ils envoient attend dans la file d&apos;attente jusqu&apos;à ce qu&apos;un relais distant de ce nom existe de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Remote Relay</source>
        <translation>Supprimer le relais distant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation>«&#xa0;%1&#xa0;» est supprimé, mais sa clé d&apos;API n&apos;a pas pu être retirée du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot; at %2…</source>
        <translation>Test de «&#xa0;%1&#xa0;» à %2…</translation>
    </message>
    <message>
        <source>No API key is set for &quot;%1&quot;: testing without one.</source>
        <translation>Aucune clé d&apos;API n&apos;est définie pour «&#xa0;%1&#xa0;»&#xa0;: test sans clé.</translation>
    </message>
    <message>
        <source>No API key: %1</source>
        <translation>Pas de clé d&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: every step passed.</source>
        <translation>«&#xa0;%1&#xa0;» fonctionne&#xa0;: toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the test; the steps after the first failure did not run.</source>
        <translation>«&#xa0;%1&#xa0;» a échoué au test&#xa0;; les étapes suivant le premier échec n&apos;ont pas été exécutées.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SettingsDialog</name>
    <message>
        <source>ContextRelay Settings</source>
        <translation>Paramètres de ContextRelay</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relais</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>Agents connect to http://127.0.0.1:&lt;port&gt;; 8787 is what the SDK expects.</source>
        <translation>Les agents se connectent à http://127.0.0.1:&lt;port&gt;&#xa0;; le SDK attend 8787.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>loopback only (127.0.0.1 and ::1)</source>
        <translation>boucle locale seulement (127.0.0.1 et ::1)</translation>
    </message>
    <message>
        <source>IP addresses to listen on, separated by commas. Anything beyond loopback exposes the relay to the network and needs API keys.</source>
        <translation>Adresses IP d&apos;écoute, séparées par des virgules. Toute adresse hors boucle locale expose le relais au réseau et exige des clés d&apos;API.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>É&amp;couter sur&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;urable: payloads survive a restart (SQLite)</source>
        <translation>D&amp;urable&#xa0;: les charges utiles survivent à un redémarrage (SQLite)</translation>
    </message>
    <message>
        <source>E&amp;phemeral: in memory only, gone when the relay stops</source>
        <translation>Éphé&amp;mère&#xa0;: en mémoire seulement, perdues à l&apos;arrêt du relais</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Stockage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Dossier de do&amp;nnées&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long a payload lives when its push does not say (1 min … 7 days).</source>
        <translation>Durée de vie d&apos;une charge utile quand son envoi ne la précise pas (1 min … 7 jours).</translation>
    </message>
    <message>
        <source>Default &amp;lifetime:</source>
        <translation>Durée de &amp;vie par défaut&#xa0;:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Larger pushes are refused with HTTP 413.</source>
        <translation>Les envois plus gros sont refusés avec HTTP 413.</translation>
    </message>
    <message>
        <source>Largest &amp;payload:</source>
        <translation>Charge utile m&amp;ax.&#xa0;:</translation>
    </message>
    <message>
        <source>one per line, e.g. https://app.example.com</source>
        <translation>une par ligne, p. ex. https://app.example.com</translation>
    </message>
    <message>
        <source>Allowed &amp;Origins:</source>
        <translation>&amp;Origines autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Web pages are refused unless their Origin is listed here; agents and scripts send none and are not affected.</source>
        <translation>Les pages web sont refusées sauf si leur en-tête Origin figure ici&#xa0;; les agents et les scripts n&apos;en envoient pas et ne sont pas concernés.</translation>
    </message>
    <message>
        <source>one per line, e.g. relay.local</source>
        <translation>un par ligne, p. ex. relay.local</translation>
    </message>
    <message>
        <source>Extra &amp;Host names:</source>
        <translation>Noms d&apos;&amp;hôte supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Besides localhost, 127.0.0.1 and [::1]. Other names are refused, which stops DNS-rebinding attacks.</source>
        <translation>En plus de localhost, 127.0.0.1 et [::1]. Les autres noms sont refusés, ce qui bloque les attaques par DNS rebinding.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>While at least one key exists, every request but GET / must carry one (Authorization: Bearer …). Keys made with &quot;contextrelay-desktop keys create&quot; show up here too.</source>
        <translation>Tant qu&apos;au moins une clé existe, toute requête sauf GET / doit en porter une (Authorization: Bearer …). Les clés créées avec &quot;contextrelay-desktop keys create&quot; apparaissent aussi ici.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>name, e.g. the agent that uses it</source>
        <translation>nom, p. ex. l&apos;agent qui l&apos;utilise</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>&amp;Créer une clé</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>Démarrer à la &amp;connexion</translation>
    </message>
    <message>
        <source>Adds ContextRelay Desktop to your desktop&apos;s autostart entries.</source>
        <translation>Ajoute ContextRelay Desktop aux applications lancées au démarrage de votre bureau.</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Afficher les &amp;notifications</translation>
    </message>
    <message>
        <source>After pushing or pulling the clipboard, and when the relay has a problem.</source>
        <translation>Après l&apos;envoi ou la récupération du presse-papiers, et quand le relais rencontre un problème.</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>Icône de notification &amp;monochrome</translation>
    </message>
    <message>
        <source>A one-colour icon that follows the panel&apos;s text colour.</source>
        <translation>Une icône unicolore qui reprend la couleur du texte de la barre des tâches.</translation>
    </message>
    <message>
        <source>Remo&amp;te Relays</source>
        <translation>Relais &amp;distants</translation>
    </message>
    <message>
        <source>Brid&amp;ges</source>
        <translation>&amp;Ponts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; list addresses such as 127.0.0.1 or 192.168.1.20.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;; indiquez des adresses comme 127.0.0.1 ou 192.168.1.20.</translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read, change and delete every payload. Create a key on the Security tab, or listen on loopback only.</source>
        <translation>Écouter au-delà de la boucle locale exige des clés d&apos;API&#xa0;: sans elles, n&apos;importe qui sur le réseau pourrait lire, modifier et supprimer toutes les charges utiles. Créez une clé dans l&apos;onglet Sécurité, ou n&apos;écoutez que sur la boucle locale.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin; write scheme and host, e.g. https://app.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une origine&#xa0;; indiquez le schéma et l&apos;hôte, p. ex. https://app.example.com.</translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect, and the payloads of this ephemeral relay are lost.</source>
        <translation>Appliquer redémarre le relais&#xa0;: les abonnés se reconnectent, et les charges utiles de ce relais éphémère sont perdues.</translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect; payloads are kept.</source>
        <translation>Appliquer redémarre le relais&#xa0;: les abonnés se reconnectent&#xa0;; les charges utiles sont conservées.</translation>
    </message>
    <message>
        <source>Set on the command line for this run: %1. What you save here applies from the next start without them.</source>
        <translation>Défini sur la ligne de commande pour cette exécution&#xa0;: %1. Ce que vous enregistrez ici s&apos;applique à partir du prochain démarrage sans ces options.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>New key for &quot;%1&quot;. Copy it now: it is shown only this once, and only its hash is kept. It works once you apply the settings.</source>
        <translation>Nouvelle clé pour «&#xa0;%1&#xa0;». Copiez-la maintenant&#xa0;: elle n&apos;est montrée que cette fois, et seule son empreinte est conservée. Elle fonctionnera une fois les paramètres appliqués.</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The new language applies the next time ContextRelay Desktop starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de ContextRelay Desktop.</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SubscriberTableModel</name>
    <message numerus="yes">
        <source>%n message(s) delivered</source>
        <translation>
            <numerusform>%n message remis</numerusform>
            <numerusform>%n messages remis</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::TrayIcon</name>
    <message>
        <source>ContextRelay relay</source>
        <translation>Relais ContextRelay</translation>
    </message>
    <message>
        <source>&amp;Push Clipboard</source>
        <translation>&amp;Envoyer le presse-papiers</translation>
    </message>
    <message>
        <source>Push the copied text or files; the URL replaces the clipboard</source>
        <translation>Envoyer le texte ou les fichiers copiés&#xa0;; l&apos;URL remplace le presse-papiers</translation>
    </message>
    <message>
        <source>Push Clipboard &amp;Encrypted</source>
        <translation>Envoyer le presse-papiers &amp;chiffré</translation>
    </message>
    <message>
        <source>Encrypt here first; the key travels only in the URL (#key=…)</source>
        <translation>Chiffrer d&apos;abord ici&#xa0;; la clé ne voyage que dans l&apos;URL (#key=…)</translation>
    </message>
    <message>
        <source>Push Clipboard &amp;To</source>
        <translation>Envoyer le presse-papiers &amp;vers</translation>
    </message>
    <message>
        <source>Push the copied text or files to a remote relay</source>
        <translation>Envoyer le texte ou les fichiers copiés vers un relais distant</translation>
    </message>
    <message>
        <source>P&amp;ull URL from Clipboard</source>
        <translation>&amp;Récupérer l&apos;URL du presse-papiers</translation>
    </message>
    <message>
        <source>Replace the copied pointer URL with its payload</source>
        <translation>Remplacer l&apos;URL de pointeur copiée par sa charge utile</translation>
    </message>
    <message>
        <source>Open &amp;Inspector</source>
        <translation>Ouvrir l&apos;&amp;inspecteur</translation>
    </message>
    <message>
        <source>&amp;Copy Relay URL</source>
        <translation>Copier l&apos;&amp;URL du relais</translation>
    </message>
    <message>
        <source>Copy &amp;MCP Config</source>
        <translation>Copier la configuration &amp;MCP</translation>
    </message>
    <message>
        <source>An mcpServers entry for Claude Desktop, Cursor and other MCP clients</source>
        <translation>Une entrée mcpServers pour Claude Desktop, Cursor et d&apos;autres clients MCP</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation>Relais arrêté</translation>
    </message>
    <message>
        <source>Relay starting…</source>
        <translation>Démarrage du relais…</translation>
    </message>
    <message>
        <source>Relay running at %1</source>
        <translation>Relais actif à %1</translation>
    </message>
    <message>
        <source>Relay paused at %1</source>
        <translation>Relais suspendu à %1</translation>
    </message>
    <message>
        <source>Relay at %1 has a problem</source>
        <translation>Le relais à %1 rencontre un problème</translation>
    </message>
    <message>
        <source>Relay not running</source>
        <translation>Relais non lancé</translation>
    </message>
    <message>
        <source>&amp;Resume Relay</source>
        <translation>Repren&amp;dre le relais</translation>
    </message>
    <message>
        <source>Pause &amp;Relay</source>
        <translation>&amp;Suspendre le relais</translation>
    </message>
    <message>
        <source>ContextRelay Desktop</source>
        <translation>ContextRelay Desktop</translation>
    </message>
    <message>
        <source>Payloads: %1 (%2)</source>
        <translation>Charges utiles&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Channels: %1 · Subscribers: %2</source>
        <translation>Canaux&#xa0;: %1 · Abonnés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Paused: new connections are refused (503); subscribers stay connected.</source>
        <translation>Suspendu&#xa0;: les nouvelles connexions sont refusées (503)&#xa0;; les abonnés restent connectés.</translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation>À &amp;propos de ContextRelay Desktop</translation>
    </message>
</context>
<context>
    <name>RelaySubscription</name>
    <message>
        <source>the relay closed the connection</source>
        <translation>le relais a fermé la connexion</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>connexion impossible</translation>
    </message>
</context>
<context>
    <name>RequestParser</name>
    <message>
        <source>The request target contains a fragment (#); send # percent-encoded as %23.</source>
        <translation>La cible de la requête contient un fragment (#)&#xa0;; envoyez # encodé en pourcentage&#xa0;: %23.</translation>
    </message>
    <message>
        <source>The request target has a &quot;%&quot; without two hex digits after it; send % percent-encoded as %25.</source>
        <translation>La cible de la requête contient un &quot;%&quot; non suivi de deux chiffres hexadécimaux&#xa0;; envoyez % encodé en pourcentage&#xa0;: %25.</translation>
    </message>
    <message>
        <source>The request target is not UTF-8 text once percent-decoded.</source>
        <translation>La cible de la requête n&apos;est pas du texte UTF-8 une fois décodée.</translation>
    </message>
    <message>
        <source>The request method is not a standard HTTP method.</source>
        <translation>La méthode de la requête n&apos;est pas une méthode HTTP standard.</translation>
    </message>
    <message>
        <source>The request head is too large.</source>
        <translation>L&apos;en-tête de la requête est trop volumineux.</translation>
    </message>
    <message>
        <source>The request has a duplicate Content-Length, or both Content-Length and Transfer-Encoding.</source>
        <translation>La requête a un Content-Length en double, ou à la fois Content-Length et Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>Le Content-Length n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>La requête n&apos;est pas du HTTP/1.1 valide (%1).</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>L&apos;en-tête de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>La requête a plus de %1 champs d&apos;en-tête.</translation>
    </message>
    <message>
        <source>A header name is not a valid token.</source>
        <translation>Un nom d&apos;en-tête n&apos;est pas un token HTTP valide.</translation>
    </message>
    <message>
        <source>A header value contains a control character.</source>
        <translation>Une valeur d&apos;en-tête contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation>La requête a plus d&apos;un en-tête Host.</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>La requête n&apos;a pas d&apos;en-tête Host.</translation>
    </message>
    <message>
        <source>The body is %1 bytes; this relay accepts at most %2.</source>
        <translation>Le corps fait %1 octets&#xa0;; ce relais accepte au plus %2.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Le corps dépasse %1 octets.</translation>
    </message>
</context>
<context>
    <name>SecurityGate</name>
    <message>
        <source>Host &quot;%1&quot; is not this relay; use http://127.0.0.1:%2 (a name that points here must be allowed explicitly).</source>
        <translation>L&apos;hôte «&#xa0;%1&#xa0;» n&apos;est pas ce relais&#xa0;; utilisez http://127.0.0.1:%2 (un nom qui pointe ici doit être autorisé explicitement).</translation>
    </message>
    <message>
        <source>Requests from web pages (Origin &quot;%1&quot;) are refused; allow the origin explicitly if it is yours.</source>
        <translation>Les requêtes de pages web (Origin «&#xa0;%1&#xa0;») sont refusées&#xa0;; autorisez explicitement l&apos;origine si elle est la vôtre.</translation>
    </message>
    <message>
        <source>Requests from web pages (Sec-Fetch-Site &quot;%1&quot;) are refused.</source>
        <translation>Les requêtes de pages web (Sec-Fetch-Site «&#xa0;%1&#xa0;») sont refusées.</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>Cannot open the payload database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données des charges utiles %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the payload database %1: %2</source>
        <translation>Impossible de préparer la base de données des charges utiles %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The crypto library (libsodium) cannot start.</source>
        <translation>La bibliothèque cryptographique (libsodium) ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop --help&apos;.</source>
        <translation>Essayez &apos;contextrelay-desktop --help&apos;.</translation>
    </message>
    <message>
        <source>There is no display to show the tray app on; run the relay alone with --headless.</source>
        <translation>Il n&apos;y a pas d&apos;écran pour afficher l&apos;application de la zone de notification&#xa0;; lancez le relais seul avec --headless.</translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running; it has been told.</source>
        <translation>ContextRelay Desktop est déjà lancé&#xa0;; l&apos;instance en cours a été prévenue.</translation>
    </message>
</context>
</TS>
