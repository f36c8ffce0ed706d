<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>%n undeliverable</numerusform>
            <numerusform>%n undeliverable</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BridgeLog</name>
    <message>
        <source>bridge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fernet</name>
    <message>
        <source>The key is not a valid Fernet key (the url-safe base64 of 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a valid Fernet token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is wrong or the encrypted data has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data has expired or is dated too far in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>%1 is a folder; drop files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; at most %3 can be pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The relay could not write to its disk; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive in full within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is paused; try again once it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay has %1 open connections, its limit (--max-connections); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address has %1 open connections, the limit per address (--max-connections-per-peer); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot open the bridge queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the bridge queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge queue is full (%1 payloads, %2 MB) while the remote relay is unreachable; nothing was dropped to make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge queue could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadKind</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>ok (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: the API key is invalid or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429: too many requests; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no API key for this remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the key cannot be stored or read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; is it waiting to be unlocked?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::App</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local ContextRelay relay: agents hand each other large payloads by URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the relay without a window or tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where payloads are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep payloads in memory only; nothing survives a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest payload accepted, in bytes (default 26214400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of a payload that does not ask for one, in seconds (default 86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require one of the bearer tokens in this file (one per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this name in the Host header too; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept requests from this web origin; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the inspector at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this payload in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen needs an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-payload must be a number of bytes from 1 to 2147483648.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--default-ttl must be a number of seconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on instead of loopback; may be repeated. Anything but loopback requires an API key (&apos;keys create&apos; or --api-key-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open HTTP connections from one address at most (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket subscribers at most; more get 503 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket subscribers on one channel at most (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels with subscribers or replay history at most (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent bytes a subscriber may fall behind by before it is disconnected (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload bytes the store holds at most; pushes beyond get 507 (default %1, or %2 with --ephemeral).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the inspector (of the app already running, or of the one starting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the clipboard to the relay and copy the pointer URL (in the app already running, or once this one has started).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::App::AgentBridge</name>
    <message>
        <source>Listening for tasks on &quot;%1&quot;; results go to &quot;%2&quot;; agent pane: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Task received: %1 (%n waiting).</source>
        <translation>
            <numerusform>Task received: %1 (%n waiting).</numerusform>
            <numerusform>Task received: %1 (%n waiting).</numerusform>
        </translation>
    </message>
    <message>
        <source>Task received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: pulling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: cannot pull it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not text; an agent in a terminal cannot take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: cannot read the pane: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: cannot paste it into the pane: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Task %1: pasted into %2 (%n character(s)); waiting up to %3 s for the outcome.</source>
        <translation>
            <numerusform>Task %1: pasted into %2 (%n character); waiting up to %3 s for the outcome.</numerusform>
            <numerusform>Task %1: pasted into %2 (%n characters); waiting up to %3 s for the outcome.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: the pane shows the task; watching for the outcome block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Task %1: outcome found after %2 s (%n character(s)).</source>
        <translation>
            <numerusform>Task %1: outcome found after %2 s (%n character).</numerusform>
            <numerusform>Task %1: outcome found after %2 s (%n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: no outcome block within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ContextRelay bridge] The agent gave no outcome block within %1 s; above is what its pane showed after the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: cannot push the result (%2); trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: cannot push the result: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2; result pushed to &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::App::GuiApp</name>
    <message>
        <source>Pushed %1; the URL is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1); their URLs are on the clipboard.</source>
        <translation>
            <numerusform>Pushed %n files (%1); their URLs are on the clipboard.</numerusform>
            <numerusform>Pushed %n files (%1); their URLs are on the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted here: the key is only in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1; the payload is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 and saved it as %2; the file is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so the inspector is ContextRelay Desktop&apos;s main window: closing it stops the relay and quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay URL copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;an API key from Settings&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP config copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it into claude_desktop_config.json, .cursor/mcp.json or your MCP client&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 to %2; the URL is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1) to %2; their URLs are on the clipboard.</source>
        <translation>
            <numerusform>Pushed %n files (%1) to %2; their URLs are on the clipboard.</numerusform>
            <numerusform>Pushed %n files (%1) to %2; their URLs are on the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::App::McpServer</name>
    <message>
        <source>The argument &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse error: a message is longer than %1 MiB; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait was cancelled: the client closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request: a message must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse error: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request: the batch is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request: &quot;method&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request: &quot;id&quot; must be a string or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request: &quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid params: &quot;params&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid params: &quot;protocolVersion&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid params: tools/call needs the tool&apos;s &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tool: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid params: &quot;arguments&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request: the id is already used by a request in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not push the context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not peek at the context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pull the context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The payload is binary (%n byte(s)) and cannot be shown as text. Save it with: contextrelay-desktop pull &apos;%1&apos; -o FILE</source>
        <translation>
            <numerusform>The payload is binary (%n byte) and cannot be shown as text. Save it with: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
            <numerusform>The payload is binary (%n bytes) and cannot be shown as text. Save it with: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
        </translation>
    </message>
    <message>
        <source>The argument &quot;timeout&quot; must be a positive number of seconds, at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not wait on channel &quot;%1&quot;: cannot subscribe at %2 (%3). Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pushed to channel &quot;%1&quot; within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to channel &quot;%1&quot;; waiting for a push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting on channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;message&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not publish the signal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to 0 subscribers: nobody is listening on channel &quot;%1&quot;, and signals are not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n subscriber(s).</source>
        <translation>
            <numerusform>Delivered to %n subscriber.</numerusform>
            <numerusform>Delivered to %n subscribers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::App::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running but does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::App::TmuxPane</name>
    <message>
        <source>%1 (tmux -L %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tmux %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run tmux: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tmux %1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::BridgeSettings</name>
    <message>
        <source>&quot;%1&quot; is not a channel name: 1 to 256 characters, no control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no remote profile named &quot;%1&quot;; add it first with &apos;remote add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a bridge between %1 and %2:%3 (id %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one bridge; give more of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bridge with id %1 (see &apos;bridge-channel list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::ChannelBridge</name>
    <message>
        <source>waiting for the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key (subscribing to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot subscribe to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload %1 expired before the remote relay could take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>402: the remote relay&apos;s quota is exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403: the remote relay refused the request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload %1 (%2 bytes) refused by the remote relay: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>413, too large for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pointer expired on the remote relay before it could be pulled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::ChannelHub</name>
    <message>
        <source>The relay is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is at its subscriber limit (%1, --max-subscribers); try again when one leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is at its subscriber limit (%1, --max-subscribers-per-channel); try again when one leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is at its channel limit (%1, --max-channels); use an existing channel or try later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Cli</name>
    <message>
        <source>Relay base URL (default: $CONTEXTRELAY_URL, else http://127.0.0.1:8787).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key sent as a bearer token (default: $CONTEXTRELAY_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a file (or standard input) and print its pointer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to push; &apos;-&apos; or nothing for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the pointer on this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime in seconds (60 … 604800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete after this many pulls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt locally; the key is only in the printed URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meta needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ttl must be a number of seconds from 60 to 604800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-reads must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to push: the input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a payload (decrypted locally when the URL carries #key=). Binary payloads come back byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pointer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a payload&apos;s metadata as JSON, without fetching the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a signal to a channel&apos;s subscribers without storing anything; prints how many got it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON value, or text; &apos;-&apos; or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the relay&apos;s version, uptime and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uptime:      %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payloads:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one pointer URL per line as pushes arrive on a channel (or run a command for each). Reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First deliver the last N pointers (0 … 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this command with each URL as its last argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block until the next pointer arrives on a channel, print it and exit 0 (exit 3 on timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing arrived on &quot;%1&quot; within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the Model Context Protocol on standard input and output, for AI clients (Claude Desktop, Claude Code, Cursor, ...). Tools: push_context, peek_context, pull_context, wait_for_context, publish_signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default timeout of wait_for_context when a call gives none (default: 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel tasks go to (default: agent-tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel results go to (default: agent-done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most 604800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand each task pushed to the task channel to a coding agent in a tmux pane, one at a time: paste it with a request for an outcome block, wait for that block, and push it to the done channel with the task&apos;s id in its metadata. Runs until stopped; logs each step on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tmux pane the agent runs in (session, session:window.pane, %id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tmux server&apos;s socket name (as tmux -L takes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the agent has for one task (default: 1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to read the pane while a task runs (default: 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tmux is required: the tmux pane the agent runs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task-channel and --done-channel must be two different, non-empty names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-ms must be a whole number from 50 to 60000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tmux pane %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a task for an agent bridge and wait for its result, then print it. Exit code 3 when no result arrives in time or the bridge gave up waiting for the agent (what the agent said so far is printed), 6 when the bridge could not run the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task; &apos;-&apos; reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: 1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the task is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge could not run the task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent gave no outcome before the bridge&apos;s timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot subscribe to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task pushed: %1; waiting for its result on &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the remote relay profile NAME (see &apos;contextrelay-desktop remote&apos;), with its API key from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop keys create [--name NAME] | list | revoke ID

The API keys of the local relay (this app&apos;s, kept in its settings). While at least one key exists, every request but GET / must carry one (Authorization: Bearer &lt;token&gt;); a running relay applies a change at once.

  create [--name NAME]  create a key and print its token (shown only this once)
  list                  list the keys: ID, NAME, CREATED
  revoke ID|NAME        revoke a key: requests with it are refused from then on

Each takes --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the settings file %1; check that it and its folder are writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key for the local relay and print its token on standard output. The token is shown only this once: only its hash is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key is for, e.g. the agent that uses it (default: &quot;key N&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created API key &quot;%1&quot; (ID %2). Its token above is shown only this once: only its hash is kept, so store it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay now requires a key on every route but GET /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the local relay&apos;s API keys: ID (what revoke takes), NAME and CREATED (UTC). Tokens are never shown again, and hashes are never shown in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API keys: the relay accepts requests without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke an API key of the local relay, by its ID (from &quot;keys list&quot;) or by its name when no other key has it. Requests with it are refused from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s ID or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key has the ID or name &quot;%1&quot;; &quot;contextrelay-desktop keys list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one API key is called &quot;%1&quot;; revoke one by its ID (&quot;contextrelay-desktop keys list&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked API key &quot;%1&quot; (ID %2): requests with it are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is left, so the relay no longer asks for one (unless it listens beyond loopback: then it refuses every request but GET / until a key is created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with the API keys: create, list or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to do with API keys; use create, list or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop keys --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the API key of remote &quot;%1&quot; from the keychain: %2 Going on without it; pass --api-key or set CONTEXTRELAY_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no remote named &quot;%1&quot;; &apos;contextrelay-desktop remote list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (or replace) a remote relay profile. The API key goes to the system keychain, never to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from standard input (one line) and keep it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was stored. Add the remote without --api-key-stdin and pass the key with --api-key or CONTEXTRELAY_API_KEY on each command; the desktop app can keep a session-only key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove an older API key of &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2; its API key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2 (no API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the remote relay profiles (never their keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remotes yet; add one with &apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a remote relay profile and its API key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a remote relay step by step: health, API key, a push/pull/peek round trip and the WebSocket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the steps as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this API key instead of the one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop remote COMMAND …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote relay profiles: a name for a relay&apos;s base URL, with its API key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or replace a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the profiles (never their keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a profile and its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check health, key, round trip and WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then use a profile with --remote NAME on push, pull, peek, publish, subscribe, wait, status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown remote command &quot;%1&quot;; try &apos;contextrelay-desktop remote --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --remote or --server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links LOCAL, a channel of this relay, with CHANNEL on the remote relay profile PROFILE.
out: pushes to LOCAL are re-pushed to the remote channel; in: pushes to the remote channel are pulled and re-pushed to LOCAL; both: both ways, never sending a payload back over the bridge it came through. While the remote is unreachable, outgoing payloads wait in a durable queue and go out in order when it returns. A running app picks the bridge up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE:CHANNEL on the remote relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out (default), in or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction must be out, in or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PROFILE:CHANNEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge %1 added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the channel bridges: id, local channel, direction, remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel bridges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a channel bridge. Payloads still queued for it are dropped by the running app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge&apos;s id (or its start), from &apos;list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge %1 removed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
       contextrelay-desktop bridge-channel list
       contextrelay-desktop bridge-channel remove ID
Each has --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print each signal published on the channel, as a line of JSON {&quot;message&quot;: …, &quot;ts&quot;: …} (with --exec: its last argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the next published signal instead, and print it as a line of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata entry; may be repeated. JSON values keep their type; quote one to make it text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Cli::ExecQueue</name>
    <message>
        <source>The command exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Cli::StdinDevice</name>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::ConnectionTest</name>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: this is not a ContextRelay relay (GET / should answer 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answers, but not as a ContextRelay relay (GET / said &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload pulled back differs from the one pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peek shows other metadata than was pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: the WebSocket connection failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pushed pointer did not arrive on the WebSocket within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: the WebSocket did not connect within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Forwarder</name>
    <message>
        <source>from %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue of the bridges on channel %1 is full (%2 payloads waiting) because the remote relay is unreachable; nothing was dropped. Try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::ForwardingController</name>
    <message>
        <source>there is no remote profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::RelayClient</name>
    <message>
        <source>&quot;%1&quot; is neither a pointer URL (…/pull/&lt;id&gt;) nor a payload id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ContextRelay pointer URL (…/pull/&lt;id&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pointer URL has no payload id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the payload does not exist or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not UTF-8 text; send it raw (as a file) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s answer to the push has no &quot;url&quot;; is this a ContextRelay relay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decrypt the payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay does not support publish (no &quot;delivered&quot; in its answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s /stats answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: the API key is invalid or missing (the relay at %1 refused it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::RelayHost</name>
    <message>
        <source>Channel bridges are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::RelayRouter</name>
    <message>
        <source>&quot;ttl&quot; must be a whole number of seconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;max_reads&quot; must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ttl must be a whole number of seconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_reads must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is %1 bytes; this relay accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s store is full; nothing was evicted to make room. Delete payloads or wait for them to expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relay&apos;s store is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept for replay: the relay is at its channel limit (%1, --max-channels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::RelayServer</name>
    <message>
        <source>The crypto library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another relay is already using the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read every payload. Create one with &apos;contextrelay-desktop keys create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is left, but the relay listens beyond loopback: it keeps requiring one, so every request but GET / is refused until a key is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber %1 stopped reading and was disconnected with %2 bytes unsent (--max-pending-ws-bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::RemoteProfiles</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay URL starts with http:// or https://, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay URL must not carry a user name or password; the API key is kept in the keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; must be a base URL, without &quot;?…&quot; or &quot;#…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the remote profile to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::SecretStore</name>
    <message>
        <source>No keychain service is running (Secret Service or KWallet), so the key cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui</name>
    <message>
        <source>%1 is a folder; copy files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, more than the relay accepts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied image cannot be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied image is %1 as PNG, more than the relay accepts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the payload to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot; any more; see Settings, Remote Relays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API keys of remote relays cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2 Enter it as a session-only key in Settings, Remote Relays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::AboutDialog</name>
    <message>
        <source>About ContextRelay Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local ContextRelay relay: AI agents on this computer hand each other large payloads by URL instead of pasting them through prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, libsodium %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT license. Wire-compatible with the open-source &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt; Worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand large payloads between AI agents by URL, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::BridgesPage</name>
    <message>
        <source>→ out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↔ both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is pushed to the local channel is pushed to the remote channel too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is pushed to the remote channel is pulled and pushed here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways; a payload never goes back over the bridge it came through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as the local channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ out: pushes here go there too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← in: pushes there come here too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↔ both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a remote relay on the Remote Relays tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote rela&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bridge links a local channel with a channel of a remote relay. Outgoing payloads wait in a durable queue while the remote is unreachable. Changes here are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot;: what this bridge sends waits in its queue until there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id the bridge-channel command uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the local channel to bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bridge %1? Payloads still waiting in its queue are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ChannelTableModel</name>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n subscriber</numerusform>
            <numerusform>%n subscribers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) pushed</source>
        <translation>
            <numerusform>%n payload pushed</numerusform>
            <numerusform>%n payloads pushed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published</source>
        <translation>
            <numerusform>%n message published</numerusform>
            <numerusform>%n messages published</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>%n undeliverable</numerusform>
            <numerusform>%n undeliverable</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ClipboardActions</name>
    <message>
        <source>The relay restarted before the clipboard action finished; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files are copied; push at most %1 at once.</source>
        <translation>
            <numerusform>%n files are copied; push at most %1 at once.</numerusform>
            <numerusform>%n files are copied; push at most %1 at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copied text is %1, more than the relay accepts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text, files or image to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay stopped before the push finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no pointer URL (http://…/pull/…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::DisplayFormat</name>
    <message>
        <source>%1 KB</source>
        <comment>size in kilobytes (1000 B)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>size in megabytes (1000 KB)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>size in gigabytes (1000 MB)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <comment>size in terabytes (1000 GB)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>size in bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>time left: days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>time left: hours, minutes, seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>no activity yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::EventLogModel</name>
    <message>
        <source>pushed</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peeked</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>event type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n subscriber(s) reached</source>
        <translation>
            <numerusform>%1, %n subscriber reached</numerusform>
            <numerusform>%1, %n subscribers reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %2 of %n time(s)</source>
        <translation>
            <numerusform>%1, read %2 of %n time</numerusform>
            <numerusform>%1, read %2 of %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %n time(s)</source>
        <translation>
            <numerusform>%1, read %n time</numerusform>
            <numerusform>%1, read %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>size, reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n subscriber(s) on the channel</source>
        <translation>
            <numerusform>%1, %n subscriber on the channel</numerusform>
            <numerusform>%1, %n subscribers on the channel</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::EventLogPanel</name>
    <message>
        <source>All Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding events to the log (the relay keeps running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Pushes, pulls, subscriptions and rejections show up here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n event(s) not shown</source>
        <translation>
            <numerusform>Paused: %n event not shown</numerusform>
            <numerusform>Paused: %n events not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. New events are counted but not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>No events of the chosen types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relay::Ui::InspectorWindow</name>
    <message>
        <source>ContextRelay Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet. A channel appears when a payload is pushed to it or an agent subscribes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a channel to see its payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscribers. Agents subscribe with a WebSocket to /ws/&lt;channel&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;curl Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push &amp;Again to Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s address for agents. Click to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s)</source>
        <translation>
            <numerusform>%n payload</numerusform>
            <numerusform>%n payloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n subscriber</numerusform>
            <numerusform>%n subscribers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title with a count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connections are refused; subscribers already connected stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay accepts pushes and pulls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n URL(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n URL to the clipboard.</numerusform>
            <numerusform>Copied %n URLs to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n curl command(s). Running one counts as a read.</source>
        <translation>
            <numerusform>Copied %n curl command. Running one counts as a read.</numerusform>
            <numerusform>Copied %n curl commands. Running one counts as a read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is gone: it expired or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payload(s).</source>
        <translation>
            <numerusform>Deleted %n payload.</numerusform>
            <numerusform>Deleted %n payloads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a copy of %1 to the channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n payload(s); the URL is on the clipboard.</source>
        <translation>
            <numerusform>Pushed %n payload; the URL is on the clipboard.</numerusform>
            <numerusform>Pushed %n payloads; the URL is on the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n file(s)…</source>
        <translation>
            <numerusform>Pushing %n file…</numerusform>
            <numerusform>Pushing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing the dropped text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed to %1; the URL is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadPusher</name>
    <message>
        <source>The relay is not running, so nothing can be pushed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadTableModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>reads / maximum reads</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) left</source>
        <translation>
            <numerusform>%n read left</numerusform>
            <numerusform>%n reads left</numerusform>
        </translation>
    </message>
    <message>
        <source>No read limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadsPanel</name>
    <message>
        <source>Search id, channel, metadata, file name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payload is gone: it expired, was deleted or was read its last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payloads yet — push one with %1 or drop a file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payload matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PreviewPane</name>
    <message>
        <source>View as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the payload as something else than what it looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payload is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay keeps it as a Fernet token and cannot read it. Paste the key, or the whole URL with #key=…, to decrypt it here. The key is not sent anywhere and not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, or URL with #key=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payload to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypted here with your key; the key stays in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be shown as an image; showing its bytes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key, or the URL that ends with #key=…, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of this payload has been loaded, so it cannot be decrypted yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PullDialog</name>
    <message>
        <source>Pull URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787/pull/… (with #key=… for encrypted payloads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling counts as a read: a payload with a read limit may be used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a pointer URL and press Pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a pointer URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PushDialog</name>
    <message>
        <source>New Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, JSON or Markdown to push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is pushed as it is, with its name and content type. You can also drop files on the inspector window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no subscriber is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that parse as JSON (3, true, [1, 2]) are sent as such; anything else as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt here; the key travels only in the URL (#key=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the text to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata row %1 has a value but no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to this computer&apos;s relay, or to a remote relay set up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteClipboardPush</name>
    <message>
        <source>Pushing to &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteEditDialog</name>
    <message>
        <source>Add Remote Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Remote Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; bridges and the command line use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, if the remote needs no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged; type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only: enter it again after ContextRelay Desktop restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stays in memory until ContextRelay Desktop quits; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key goes to the system keychain, never to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the remote a name, e.g. cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a remote named &quot;%1&quot;; edit that one, or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the relay&apos;s base URL, e.g. https://relay.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved. Save again to keep it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemotesPage</name>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the relay&apos;s health, the API key, a push and pull, and a WebSocket subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays elsewhere that you can push to (from the tray or New Push) and bridge channels with. API keys are kept in the system keychain, never in the settings file. Changes here are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory until ContextRelay Desktop quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key: requests go to the remote without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the remote relay &quot;%1&quot; and its API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s) use it: what they send waits in the queue until a remote of that name exists again.</source>
        <translation>
            <numerusform>%n bridge use it: what they send waits in the queue until a remote of that name exists again.</numerusform>
            <numerusform>%n bridges use it: what they send waits in the queue until a remote of that name exists again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Remote Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot; at %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set for &quot;%1&quot;: testing without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: every step passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the test; the steps after the first failure did not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SettingsDialog</name>
    <message>
        <source>ContextRelay Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents connect to http://127.0.0.1:&lt;port&gt;; 8787 is what the SDK expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback only (127.0.0.1 and ::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses to listen on, separated by commas. Anything beyond loopback exposes the relay to the network and needs API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urable: payloads survive a restart (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;phemeral: in memory only, gone when the relay stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a payload lives when its push does not say (1 min … 7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger pushes are refused with HTTP 413.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line, e.g. https://app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;Origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages are refused unless their Origin is listed here; agents and scripts send none and are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line, e.g. relay.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;Host names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides localhost, 127.0.0.1 and [::1]. Other names are refused, which stops DNS-rebinding attacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. the agent that uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds ContextRelay Desktop to your desktop&apos;s autostart entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After pushing or pulling the clipboard, and when the relay has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-colour icon that follows the panel&apos;s text colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; list addresses such as 127.0.0.1 or 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin; write scheme and host, e.g. https://app.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect, and the payloads of this ephemeral relay are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect; payloads are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the command line for this run: %1. What you save here applies from the next start without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key for &quot;%1&quot;. Copy it now: it is shown only this once, and only its hash is kept. It works once you apply the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While at least one key exists, every request but GET / must carry one (Authorization: Bearer …). Keys made with &quot;contextrelay-desktop keys create&quot; show up here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;te Relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brid&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read, change and delete every payload. Create a key on the Security tab, or listen on loopback only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time ContextRelay Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SubscriberTableModel</name>
    <message numerus="yes">
        <source>%n message(s) delivered</source>
        <translation>
            <numerusform>%n message delivered</numerusform>
            <numerusform>%n messages delivered</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::Ui::TrayIcon</name>
    <message>
        <source>ContextRelay relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the copied text or files; the URL replaces the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push Clipboard &amp;Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt here first; the key travels only in the URL (#key=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull URL from Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the copied pointer URL with its payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;MCP Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An mcpServers entry for Claude Desktop, Cursor and other MCP clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay paused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay at %1 has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContextRelay Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: %1 · Subscribers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: new connections are refused (503); subscribers stay connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push Clipboard &amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the copied text or files to a remote relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelaySubscription</name>
    <message>
        <source>the relay closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestParser</name>
    <message>
        <source>The request method is not a standard HTTP method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request head is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has a duplicate Content-Length, or both Content-Length and Transfer-Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header name is not a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is %1 bytes; this relay accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target contains a fragment (#); send # percent-encoded as %23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target has a &quot;%&quot; without two hex digits after it; send % percent-encoded as %25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target is not UTF-8 text once percent-decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityGate</name>
    <message>
        <source>Host &quot;%1&quot; is not this relay; use http://127.0.0.1:%2 (a name that points here must be allowed explicitly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from web pages (Origin &quot;%1&quot;) are refused; allow the origin explicitly if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from web pages (Sec-Fetch-Site &quot;%1&quot;) are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>Cannot open the payload database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the payload database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The crypto library (libsodium) cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no display to show the tray app on; run the relay alone with --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running; it has been told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
