<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AppSettings</name>
    <message>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>remote unreachable</source>
        <translation>リモートに到達不能</translation>
    </message>
    <message>
        <source>refused by remote</source>
        <translation>リモートが拒否</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>キュー待ち %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>配信不能 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1 s</source>
        <translation>%1 秒後に再試行</translation>
    </message>
</context>
<context>
    <name>BridgeLog</name>
    <message>
        <source>bridge %1: %2</source>
        <translation>ブリッジ %1: %2</translation>
    </message>
    <message>
        <source>bridge %1 removed</source>
        <translation>ブリッジ %1 を削除しました</translation>
    </message>
</context>
<context>
    <name>Fernet</name>
    <message>
        <source>The key is not a valid Fernet key (the url-safe base64 of 32 bytes).</source>
        <translation>このキーは有効な Fernet キー (32 バイトを URL セーフな base64 で表したもの) ではありません。</translation>
    </message>
    <message>
        <source>The data is not a valid Fernet token.</source>
        <translation>このデータは有効な Fernet トークンではありません。</translation>
    </message>
    <message>
        <source>The key is wrong or the encrypted data has been tampered with.</source>
        <translation>キーが間違っているか、暗号化データが改ざんされています。</translation>
    </message>
    <message>
        <source>The encrypted data has expired or is dated too far in the future.</source>
        <translation>暗号化データの有効期限が切れているか、日時が未来すぎます。</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>%1 is a folder; drop files instead.</source>
        <translation>%1 はフォルダーです。代わりにファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is %2; at most %3 can be pushed.</source>
        <translation>%1 のサイズは %2 です。プッシュできるのは最大 %3 です。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The relay could not write to its disk; nothing was stored.</source>
        <translation>リレーがディスクに書き込めなかったため、何も保存されていません。</translation>
    </message>
    <message>
        <source>The request did not arrive in full within %1 seconds.</source>
        <translation>リクエストが %1 秒以内に最後まで届きませんでした。</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation>%2 のポート %1 は別のプログラムが使用中です。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>The relay is shutting down.</source>
        <translation>リレーはシャットダウン中です。</translation>
    </message>
    <message>
        <source>The relay is paused; try again once it is resumed.</source>
        <translation>リレーは一時停止中です。再開後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The relay has %1 open connections, its limit (--max-connections); try again later.</source>
        <translation>リレーの接続数が上限の %1 (--max-connections) に達しています。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>This address has %1 open connections, the limit per address (--max-connections-per-peer); try again later.</source>
        <translation>このアドレスからの接続数がアドレスごとの上限の %1 (--max-connections-per-peer) に達しています。しばらくしてから再試行してください。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot open the bridge queue %1: %2</source>
        <translation>ブリッジのキュー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the bridge queue %1: %2</source>
        <translation>ブリッジのキュー %1 を準備できません: %2</translation>
    </message>
    <message>
        <source>The bridge queue is full (%1 payloads, %2 MB) while the remote relay is unreachable; nothing was dropped to make room.</source>
        <translation>リモートリレーに到達できない間にブリッジのキューが満杯になりました (ペイロード %1 件、%2 MB)。空きを作るために破棄したものはありません。</translation>
    </message>
    <message>
        <source>The bridge queue could not be written: %1</source>
        <translation>ブリッジのキューに書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>PayloadKind</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>暗号化</translation>
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
        <translation>401: APIキーが無効か、指定されていません</translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay</source>
        <translation>402: リモートリレーのクォータを超えました</translation>
    </message>
    <message>
        <source>429: too many requests; try again later</source>
        <translation>429: リクエストが多すぎます。しばらくしてから再試行してください</translation>
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
        <translation>キーチェーンにこのリモートのAPIキーがありません。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the key cannot be stored or read safely.</source>
        <translation>キーチェーンがロックされているかアクセスを拒否したため、キーを安全に保存または読み取りできません。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>キーチェーンへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>キーチェーンのエラー: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; is it waiting to be unlocked?</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。ロック解除を待っていませんか？</translation>
    </message>
</context>
<context>
    <name>Relay::App</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>APIキーファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>A local ContextRelay relay: agents hand each other large payloads by URL.</source>
        <translation>ローカルの ContextRelay リレー: エージェント同士が大きなペイロードを URL で受け渡します。</translation>
    </message>
    <message>
        <source>Run the relay without a window or tray icon.</source>
        <translation>ウィンドウやトレイアイコンなしでリレーを実行します。</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>待ち受けるポート (0 で空きポートを自動選択)。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to listen on instead of loopback; may be repeated. Anything but loopback requires an API key (&apos;keys create&apos; or --api-key-file).</source>
        <translation>ループバックの代わりに待ち受けるアドレス。複数回指定できます。ループバック以外ではAPIキーが必要です (&apos;keys create&apos; または --api-key-file)。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Where payloads are stored.</source>
        <translation>ペイロードの保存先。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Keep payloads in memory only; nothing survives a restart.</source>
        <translation>ペイロードをメモリーにのみ保持します。再起動すると何も残りません。</translation>
    </message>
    <message>
        <source>Largest payload accepted, in bytes (default 26214400).</source>
        <translation>受け付けるペイロードの最大サイズ (バイト、既定値 26214400)。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Lifetime of a payload that does not ask for one, in seconds (default 86400).</source>
        <translation>有効期間を指定しないペイロードの有効期間 (秒、既定値 86400)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Require one of the bearer tokens in this file (one per line).</source>
        <translation>このファイルにあるベアラートークンのいずれかを必須にします (1 行に 1 つ)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Accept this name in the Host header too; may be repeated.</source>
        <translation>Host ヘッダーでこの名前も受け付けます。複数回指定できます。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Accept requests from this web origin; may be repeated.</source>
        <translation>この Web オリジンからのリクエストを受け付けます。複数回指定できます。</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Open HTTP connections at most; more get 503 (default %1).</source>
        <translation>同時に開ける HTTP 接続の上限。超えた分には 503 を返します (既定値 %1)。</translation>
    </message>
    <message>
        <source>Open HTTP connections from one address at most (default %1).</source>
        <translation>1 つのアドレスから同時に開ける HTTP 接続の上限 (既定値 %1)。</translation>
    </message>
    <message>
        <source>WebSocket subscribers at most; more get 503 (default %1).</source>
        <translation>WebSocket 購読者の上限。超えた分には 503 を返します (既定値 %1)。</translation>
    </message>
    <message>
        <source>WebSocket subscribers on one channel at most (default %1).</source>
        <translation>1 チャネルあたりの WebSocket 購読者の上限 (既定値 %1)。</translation>
    </message>
    <message>
        <source>Channels with subscribers or replay history at most (default %1).</source>
        <translation>購読者またはリプレイ履歴を持つチャネルの上限 (既定値 %1)。</translation>
    </message>
    <message>
        <source>Unsent bytes a subscriber may fall behind by before it is disconnected (default %1).</source>
        <translation>購読者の未送信データがこのバイト数を超えると切断します (既定値 %1)。</translation>
    </message>
    <message>
        <source>Payload bytes the store holds at most; pushes beyond get 507 (default %1, or %2 with --ephemeral).</source>
        <translation>ストアが保持するペイロードの上限 (バイト)。超えるプッシュには 507 を返します (既定値 %1、--ephemeral 指定時は %2)。</translation>
    </message>
    <message>
        <source>Open the inspector at start.</source>
        <translation>起動時にインスペクターを開きます。</translation>
    </message>
    <message>
        <source>Select this payload in the inspector.</source>
        <translation>インスペクターでこのペイロードを選択します。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Started at login.</source>
        <translation>ログイン時に起動されたことを示します。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>不明な引数です: %1</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port には 0〜65535 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--listen needs an IP address, not &quot;%1&quot;.</source>
        <translation>--listen には IP アドレスを指定してください。「%1」は使えません。</translation>
    </message>
    <message>
        <source>--max-payload must be a number of bytes from 1 to 2147483648.</source>
        <translation>--max-payload には 1〜2147483648 のバイト数を指定してください。</translation>
    </message>
    <message>
        <source>--default-ttl must be a number of seconds from %1 to %2.</source>
        <translation>--default-ttl には %1〜%2 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 には %2〜%3 の整数を指定してください。</translation>
    </message>
    <message>
        <source>Open the inspector (of the app already running, or of the one starting).</source>
        <translation>インスペクターを開きます (実行中のアプリ、または起動するアプリで)。</translation>
    </message>
    <message>
        <source>Push the clipboard to the relay and copy the pointer URL (in the app already running, or once this one has started).</source>
        <translation>クリップボードをリレーにプッシュし、ポインターURLをコピーします (実行中のアプリで、またはこのアプリの起動後に)。</translation>
    </message>
</context>
<context>
    <name>Relay::App::AgentBridge</name>
    <message>
        <source>Listening for tasks on &quot;%1&quot;; results go to &quot;%2&quot;; agent pane: %3.</source>
        <translation>「%1」でタスクを待ち受けています。結果の送信先は「%2」、エージェントのペインは %3 です。</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation>「%1」の購読が切れました (%2)。%3 秒後に再試行します。</translation>
    </message>
    <message numerus="yes">
        <source>Task received: %1 (%n waiting).</source>
        <translation>
            <numerusform>タスクを受信しました: %1 (待機中 %n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Task received: %1</source>
        <translation>タスクを受信しました: %1</translation>
    </message>
    <message>
        <source>Task %1: pulling it.</source>
        <translation>タスク %1: プルしています。</translation>
    </message>
    <message>
        <source>Task %1: cannot pull it: %2</source>
        <translation>タスク %1: プルできません: %2</translation>
    </message>
    <message>
        <source>The task is not text; an agent in a terminal cannot take it.</source>
        <translation>タスクがテキストではないため、ターミナル上のエージェントには渡せません。</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>タスク %1: %2</translation>
    </message>
    <message>
        <source>Task %1: cannot read the pane: %2</source>
        <translation>タスク %1: ペインを読み取れません: %2</translation>
    </message>
    <message>
        <source>Task %1: cannot paste it into the pane: %2</source>
        <translation>タスク %1: ペインに貼り付けられません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: pasted into %2 (%n character(s)); waiting up to %3 s for the outcome.</source>
        <translation>
            <numerusform>タスク %1: %2 に貼り付けました (%n 文字)。最大 %3 秒間、成果を待ちます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: the pane shows the task; watching for the outcome block.</source>
        <translation>タスク %1: ペインにタスクが表示されました。成果ブロックを監視しています。</translation>
    </message>
    <message numerus="yes">
        <source>Task %1: outcome found after %2 s (%n character(s)).</source>
        <translation>
            <numerusform>タスク %1: %2 秒後に成果が見つかりました (%n 文字)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1: no outcome block within %2 s.</source>
        <translation>タスク %1: %2 秒以内に成果ブロックがありませんでした。</translation>
    </message>
    <message>
        <source>[ContextRelay bridge] The agent gave no outcome block within %1 s; above is what its pane showed after the task.</source>
        <translation>[ContextRelay ブリッジ] エージェントは %1 秒以内に成果ブロックを出力しませんでした。上記はタスク後にペインに表示されていた内容です。</translation>
    </message>
    <message>
        <source>Task %1: cannot push the result (%2); trying again in %3 s.</source>
        <translation>タスク %1: 結果をプッシュできません (%2)。%3 秒後に再試行します。</translation>
    </message>
    <message>
        <source>Task %1: cannot push the result: %2</source>
        <translation>タスク %1: 結果をプッシュできません: %2</translation>
    </message>
    <message>
        <source>Task %1: %2; result pushed to &quot;%3&quot;: %4</source>
        <translation>タスク %1: %2。結果を「%3」にプッシュしました: %4</translation>
    </message>
</context>
<context>
    <name>Relay::App::GuiApp</name>
    <message>
        <source>Pushed %1; the URL is on the clipboard.</source>
        <translation>%1 をプッシュしました。URL はクリップボードにあります。</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1); their URLs are on the clipboard.</source>
        <translation>
            <numerusform>%n 個のファイル (%1) をプッシュしました。URL はクリップボードにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted here: the key is only in the URL.</source>
        <translation>ここで暗号化しました。キーは URL にのみ含まれます。</translation>
    </message>
    <message>
        <source>Clipboard pushed</source>
        <translation>クリップボードをプッシュしました</translation>
    </message>
    <message>
        <source>Clipboard pulled</source>
        <translation>クリップボードにプルしました</translation>
    </message>
    <message>
        <source>Pulled %1; the payload is on the clipboard.</source>
        <translation>%1 をプルしました。ペイロードはクリップボードにあります。</translation>
    </message>
    <message>
        <source>Pulled %1 and saved it as %2; the file is on the clipboard.</source>
        <translation>%1 をプルして %2 に保存しました。ファイルはクリップボードにあります。</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>Pushed %1 to %2; the URL is on the clipboard.</source>
        <translation>%1 を %2 にプッシュしました。URL はクリップボードにあります。</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n files (%1) to %2; their URLs are on the clipboard.</source>
        <translation>
            <numerusform>%n 個のファイル (%1) を %2 にプッシュしました。URL はクリップボードにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>システムトレイがありません</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so the inspector is ContextRelay Desktop&apos;s main window: closing it stops the relay and quits.</source>
        <translation>このデスクトップにはシステムトレイがないため、インスペクターが ContextRelay Desktop のメインウィンドウになります。閉じるとリレーが停止し、アプリが終了します。</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Relay URL copied</source>
        <translation>リレーの URL をコピーしました</translation>
    </message>
    <message>
        <source>&lt;an API key from Settings&gt;</source>
        <translation>&lt;設定の API キー&gt;</translation>
    </message>
    <message>
        <source>MCP config copied</source>
        <translation>MCP 設定をコピーしました</translation>
    </message>
    <message>
        <source>Paste it into claude_desktop_config.json, .cursor/mcp.json or your MCP client&apos;s settings.</source>
        <translation>claude_desktop_config.json、.cursor/mcp.json、または MCP クライアントの設定に貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>Relay::App::McpServer</name>
    <message>
        <source>The argument &quot;%1&quot; is required.</source>
        <translation>引数 &quot;%1&quot; は必須です。</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a string.</source>
        <translation>引数 &quot;%1&quot; は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must not be empty.</source>
        <translation>引数 &quot;%1&quot; は空にできません。</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be true or false.</source>
        <translation>引数 &quot;%1&quot; は true または false でなければなりません。</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; must be a number.</source>
        <translation>引数 &quot;%1&quot; は数値でなければなりません。</translation>
    </message>
    <message>
        <source>Parse error: a message is longer than %1 MiB; it was skipped.</source>
        <translation>解析エラー: %1 MiB を超えるメッセージがあったため、スキップしました。</translation>
    </message>
    <message>
        <source>The wait was cancelled: the client closed the connection.</source>
        <translation>クライアントが接続を閉じたため、待機を取り消しました。</translation>
    </message>
    <message>
        <source>Invalid request: a message must be a JSON object.</source>
        <translation>無効なリクエスト: メッセージは JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>Parse error: %1 at offset %2.</source>
        <translation>解析エラー: オフセット %2 で %1。</translation>
    </message>
    <message>
        <source>Invalid request: the batch is empty.</source>
        <translation>無効なリクエスト: バッチが空です。</translation>
    </message>
    <message>
        <source>Invalid request: &quot;method&quot; must be a string.</source>
        <translation>無効なリクエスト: &quot;method&quot; は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>Invalid request: &quot;id&quot; must be a string or a number.</source>
        <translation>無効なリクエスト: &quot;id&quot; は文字列または数値でなければなりません。</translation>
    </message>
    <message>
        <source>Invalid request: &quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation>無効なリクエスト: &quot;jsonrpc&quot; は &quot;2.0&quot; でなければなりません。</translation>
    </message>
    <message>
        <source>Invalid params: &quot;params&quot; must be an object.</source>
        <translation>無効なパラメーター: &quot;params&quot; はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>Invalid params: &quot;protocolVersion&quot; must be a string.</source>
        <translation>無効なパラメーター: &quot;protocolVersion&quot; は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>Invalid params: tools/call needs the tool&apos;s &quot;name&quot;.</source>
        <translation>無効なパラメーター: tools/call にはツールの &quot;name&quot; が必要です。</translation>
    </message>
    <message>
        <source>Unknown tool: %1.</source>
        <translation>不明なツールです: %1。</translation>
    </message>
    <message>
        <source>Invalid params: &quot;arguments&quot; must be an object.</source>
        <translation>無効なパラメーター: &quot;arguments&quot; はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>Invalid request: the id is already used by a request in progress.</source>
        <translation>無効なリクエスト: この id は処理中の別のリクエストが使用しています。</translation>
    </message>
    <message>
        <source>Method not found: %1.</source>
        <translation>メソッドが見つかりません: %1。</translation>
    </message>
    <message>
        <source>Could not push the context: %1</source>
        <translation>コンテキストをプッシュできませんでした: %1</translation>
    </message>
    <message>
        <source>Could not peek at the context: %1</source>
        <translation>コンテキストをピークできませんでした: %1</translation>
    </message>
    <message>
        <source>Could not pull the context: %1</source>
        <translation>コンテキストをプルできませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>The payload is binary (%n byte(s)) and cannot be shown as text. Save it with: contextrelay-desktop pull &apos;%1&apos; -o FILE</source>
        <translation>
            <numerusform>ペイロードはバイナリ (%n バイト) のため、テキストとして表示できません。次のコマンドで保存してください: contextrelay-desktop pull &apos;%1&apos; -o FILE</numerusform>
        </translation>
    </message>
    <message>
        <source>The argument &quot;timeout&quot; must be a positive number of seconds, at most %1.</source>
        <translation>引数 &quot;timeout&quot; には %1 以下の正の秒数を指定してください。</translation>
    </message>
    <message>
        <source>Could not wait on channel &quot;%1&quot;: cannot subscribe at %2 (%3). Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation>チャネル「%1」で待機できませんでした: %2 で購読できません (%3)。リレーは実行中ですか？ &quot;contextrelay-desktop --headless&quot; で起動するか、CONTEXTRELAY_URL にそのアドレスを設定してください。</translation>
    </message>
    <message>
        <source>Nothing was pushed to channel &quot;%1&quot; within %2 seconds.</source>
        <translation>%2 秒以内にチャネル「%1」へのプッシュはありませんでした。</translation>
    </message>
    <message>
        <source>Subscribed to channel &quot;%1&quot;; waiting for a push.</source>
        <translation>チャネル「%1」を購読しました。プッシュを待っています。</translation>
    </message>
    <message>
        <source>Still waiting on channel &quot;%1&quot;.</source>
        <translation>チャネル「%1」で待機を続けています。</translation>
    </message>
    <message>
        <source>The argument &quot;message&quot; is required.</source>
        <translation>引数 &quot;message&quot; は必須です。</translation>
    </message>
    <message>
        <source>Could not publish the signal: %1</source>
        <translation>シグナルを発行できませんでした: %1</translation>
    </message>
    <message>
        <source>Delivered to 0 subscribers: nobody is listening on channel &quot;%1&quot;, and signals are not stored.</source>
        <translation>購読者 0 件に配信しました: チャネル「%1」には購読者がおらず、シグナルは保存されません。</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n subscriber(s).</source>
        <translation>
            <numerusform>購読者 %n 件に配信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Is the relay running? Start it with &quot;contextrelay-desktop --headless&quot;, or set CONTEXTRELAY_URL to its address.</source>
        <translation>%1 リレーは実行中ですか？ &quot;contextrelay-desktop --headless&quot; で起動するか、CONTEXTRELAY_URL にそのアドレスを設定してください。</translation>
    </message>
</context>
<context>
    <name>Relay::App::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>ロックファイル %1 を作成できません。</translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running but does not answer (%1).</source>
        <translation>ContextRelay Desktop はすでに実行中ですが、応答がありません (%1)。</translation>
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
        <translation>終了コード %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <source>tmux %1 failed: %2</source>
        <translation>tmux %1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>Cannot run tmux: %1</source>
        <translation>tmux を実行できません: %1</translation>
    </message>
    <message>
        <source>tmux %1 did not finish within %2 s.</source>
        <translation>tmux %1 が %2 秒以内に終了しませんでした。</translation>
    </message>
</context>
<context>
    <name>Relay::BridgeSettings</name>
    <message>
        <source>&quot;%1&quot; is not a channel name: 1 to 256 characters, no control characters.</source>
        <translation>「%1」はチャネル名として使えません: 1〜256 文字で、制御文字を含めないでください。</translation>
    </message>
    <message>
        <source>There is no remote profile named &quot;%1&quot;; add it first with &apos;remote add&apos;.</source>
        <translation>「%1」という名前のリモートプロファイルはありません。先に &apos;remote add&apos; で追加してください。</translation>
    </message>
    <message>
        <source>There is already a bridge between %1 and %2:%3 (id %4).</source>
        <translation>%1 と %2:%3 の間にはすでにブリッジがあります (ID %4)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one bridge; give more of its id.</source>
        <translation>「%1」に一致するブリッジが複数あります。ID をもっと長く指定してください。</translation>
    </message>
    <message>
        <source>There is no bridge with id %1 (see &apos;bridge-channel list&apos;).</source>
        <translation>ID が %1 のブリッジはありません (&apos;bridge-channel list&apos; で確認できます)。</translation>
    </message>
</context>
<context>
    <name>Relay::ChannelBridge</name>
    <message>
        <source>waiting for the keychain</source>
        <translation>キーチェーンを待っています</translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key (subscribing to %1)</source>
        <translation>401: リモートリレーがAPIキーを拒否しました (%1 の購読時)</translation>
    </message>
    <message>
        <source>cannot subscribe to %1: %2</source>
        <translation>%1 を購読できません: %2</translation>
    </message>
    <message>
        <source>payload %1 expired before the remote relay could take it</source>
        <translation>ペイロード %1 はリモートリレーが受け取る前に期限切れになりました</translation>
    </message>
    <message>
        <source>401: the remote relay refused the API key</source>
        <translation>401: リモートリレーがAPIキーを拒否しました</translation>
    </message>
    <message>
        <source>402: the remote relay&apos;s quota is exceeded</source>
        <translation>402: リモートリレーのクォータを超えました</translation>
    </message>
    <message>
        <source>403: the remote relay refused the request (%1)</source>
        <translation>403: リモートリレーがリクエストを拒否しました (%1)</translation>
    </message>
    <message>
        <source>payload %1 (%2 bytes) refused by the remote relay: %3</source>
        <translation>ペイロード %1 (%2 バイト) がリモートリレーに拒否されました: %3</translation>
    </message>
    <message>
        <source>413, too large for it</source>
        <translation>413、リモートには大きすぎます</translation>
    </message>
    <message>
        <source>a pointer expired on the remote relay before it could be pulled</source>
        <translation>ポインターがプルされる前にリモートリレー上で期限切れになりました</translation>
    </message>
</context>
<context>
    <name>Relay::ChannelHub</name>
    <message>
        <source>The relay is at its subscriber limit (%1, --max-subscribers); try again when one leaves.</source>
        <translation>リレーの購読者数が上限 (%1、--max-subscribers) に達しています。誰かが抜けてから再試行してください。</translation>
    </message>
    <message>
        <source>This channel is at its subscriber limit (%1, --max-subscribers-per-channel); try again when one leaves.</source>
        <translation>このチャネルの購読者数が上限 (%1、--max-subscribers-per-channel) に達しています。誰かが抜けてから再試行してください。</translation>
    </message>
    <message>
        <source>The relay is at its channel limit (%1, --max-channels); use an existing channel or try later.</source>
        <translation>リレーのチャネル数が上限 (%1、--max-channels) に達しています。既存のチャネルを使うか、後で再試行してください。</translation>
    </message>
    <message>
        <source>The relay is shutting down.</source>
        <translation>リレーはシャットダウン中です。</translation>
    </message>
</context>
<context>
    <name>Relay::Cli</name>
    <message>
        <source>Relay base URL (default: $CONTEXTRELAY_URL, else http://127.0.0.1:8787).</source>
        <translation>リレーのベース URL (既定値: $CONTEXTRELAY_URL、未設定なら http://127.0.0.1:8787)。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>API key sent as a bearer token (default: $CONTEXTRELAY_API_KEY).</source>
        <translation>ベアラートークンとして送る APIキー (既定値: $CONTEXTRELAY_API_KEY)。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Use the remote relay profile NAME (see &apos;contextrelay-desktop remote&apos;), with its API key from the keychain.</source>
        <translation>リモートリレープロファイル NAME を使います (&apos;contextrelay-desktop remote&apos; を参照)。APIキーはキーチェーンから読み取ります。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop %1 --help&apos;.</source>
        <translation>&apos;contextrelay-desktop %1 --help&apos; を試してください。</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>引数が足りません。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>引数が多すぎます。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>Push a file (or standard input) and print its pointer URL.</source>
        <translation>ファイル (または標準入力) をプッシュし、そのポインターURLを出力します。</translation>
    </message>
    <message>
        <source>The file to push; &apos;-&apos; or nothing for standard input.</source>
        <translation>プッシュするファイル。&apos;-&apos; または省略で標準入力。</translation>
    </message>
    <message>
        <source>Announce the pointer on this channel.</source>
        <translation>このチャネルにポインターを通知します。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>Lifetime in seconds (60 … 604800).</source>
        <translation>有効期間 (秒、60 … 604800)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Delete after this many pulls.</source>
        <translation>この回数プルされたら削除します。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Encrypt locally; the key is only in the printed URL.</source>
        <translation>ローカルで暗号化します。キーは出力される URL にのみ含まれます。</translation>
    </message>
    <message>
        <source>--meta needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--meta には KEY=VALUE を指定してください。「%1」は使えません。</translation>
    </message>
    <message>
        <source>--ttl must be a number of seconds from 60 to 604800.</source>
        <translation>--ttl には 60〜604800 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--max-reads must be a whole number of at least 1.</source>
        <translation>--max-reads には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>Nothing to push: the input is empty.</source>
        <translation>プッシュするものがありません: 入力が空です。</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>アップロード中… %1%</translation>
    </message>
    <message>
        <source>Print a payload (decrypted locally when the URL carries #key=). Binary payloads come back byte for byte.</source>
        <translation>ペイロードを出力します (URL に #key= があればローカルで復号します)。バイナリのペイロードはバイト単位でそのまま出力されます。</translation>
    </message>
    <message>
        <source>The pointer URL.</source>
        <translation>ポインターURL。</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>このファイルに書き込みます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Print a payload&apos;s metadata as JSON, without fetching the payload.</source>
        <translation>ペイロード本体を取得せずに、そのメタデータを JSON で出力します。</translation>
    </message>
    <message>
        <source>Send a signal to a channel&apos;s subscribers without storing anything; prints how many got it.</source>
        <translation>何も保存せずにチャネルの購読者へシグナルを送り、受け取った購読者数を出力します。</translation>
    </message>
    <message>
        <source>The channel.</source>
        <translation>チャネル。</translation>
    </message>
    <message>
        <source>A JSON value, or text; &apos;-&apos; or nothing reads standard input.</source>
        <translation>JSON 値またはテキスト。&apos;-&apos; または省略で標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>Show the relay&apos;s version, uptime and what it holds.</source>
        <translation>リレーのバージョン、稼働時間、保持している内容を表示します。</translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation>生の JSON を出力します。</translation>
    </message>
    <message>
        <source>relay:       %1</source>
        <translation>リレー:      %1</translation>
    </message>
    <message>
        <source>version:     %1</source>
        <translation>バージョン:  %1</translation>
    </message>
    <message>
        <source>uptime:      %1 s</source>
        <translation>稼働時間:    %1 秒</translation>
    </message>
    <message>
        <source>payloads:    %1</source>
        <translation>ペイロード:  %1</translation>
    </message>
    <message>
        <source>bytes:       %1</source>
        <translation>バイト数:    %1</translation>
    </message>
    <message>
        <source>channels:    %1</source>
        <translation>チャネル:    %1</translation>
    </message>
    <message>
        <source>subscribers: %1</source>
        <translation>購読者:      %1</translation>
    </message>
    <message>
        <source>Subscription to &quot;%1&quot; lost (%2); retrying in %3 s.</source>
        <translation>「%1」の購読が切れました (%2)。%3 秒後に再試行します。</translation>
    </message>
    <message>
        <source>Print one pointer URL per line as pushes arrive on a channel (or run a command for each). Reconnects by itself.</source>
        <translation>チャネルにプッシュが届くたびにポインターURLを 1 行ずつ出力します (またはそのたびにコマンドを実行します)。切断されても自動的に再接続します。</translation>
    </message>
    <message>
        <source>First deliver the last N pointers (0 … 100).</source>
        <translation>最初に直近 N 件のポインターを配信します (0 … 100)。</translation>
    </message>
    <message>
        <source>Run this command with each URL as its last argument.</source>
        <translation>各 URL を最後の引数としてこのコマンドを実行します。</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>--replay must be a number from 0 to 100.</source>
        <translation>--replay には 0〜100 の数値を指定してください。</translation>
    </message>
    <message>
        <source>Subscribed to &quot;%1&quot; on %2.</source>
        <translation>%2 の「%1」を購読しました。</translation>
    </message>
    <message>
        <source>Block until the next pointer arrives on a channel, print it and exit 0 (exit 3 on timeout).</source>
        <translation>チャネルに次のポインターが届くまで待ち、それを出力して終了コード 0 で終了します (タイムアウト時は 3)。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: never).</source>
        <translation>この秒数が経過したら諦めます (既定値: 無期限)。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds.</source>
        <translation>--timeout には秒数を指定してください。</translation>
    </message>
    <message>
        <source>Nothing arrived on &quot;%1&quot; within %2 s.</source>
        <translation>%2 秒以内に「%1」には何も届きませんでした。</translation>
    </message>
    <message>
        <source>Serve the Model Context Protocol on standard input and output, for AI clients (Claude Desktop, Claude Code, Cursor, ...). Tools: push_context, peek_context, pull_context, wait_for_context, publish_signal.</source>
        <translation>標準入出力で Model Context Protocol を提供します。AI クライアント (Claude Desktop、Claude Code、Cursor など) 向けです。ツール: push_context、peek_context、pull_context、wait_for_context、publish_signal。</translation>
    </message>
    <message>
        <source>Default timeout of wait_for_context when a call gives none (default: 300).</source>
        <translation>呼び出しで指定がないときの wait_for_context のタイムアウト (既定値: 300)。</translation>
    </message>
    <message>
        <source>--wait-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--wait-timeout には 1〜86400 の整数の秒数を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop keys create [--name NAME] | list | revoke ID

The API keys of the local relay (this app&apos;s, kept in its settings). While at least one key exists, every request but GET / must carry one (Authorization: Bearer &lt;token&gt;); a running relay applies a change at once.

  create [--name NAME]  create a key and print its token (shown only this once)
  list                  list the keys: ID, NAME, CREATED
  revoke ID|NAME        revoke a key: requests with it are refused from then on

Each takes --help.
</source>
        <translation>使い方: contextrelay-desktop keys create [--name NAME] | list | revoke ID

ローカルリレー (このアプリのリレー。キーはその設定に保存されます) のAPIキーを管理します。キーが 1 つでもある間は、GET / 以外のすべてのリクエストにキーが必要です (Authorization: Bearer &lt;token&gt;)。実行中のリレーには変更がすぐに反映されます。

  create [--name NAME]  キーを作成してトークンを出力します (表示はこの 1 回だけ)
  list                  キーを一覧表示します: ID、NAME、CREATED
  revoke ID|NAME        キーを失効させます: 以後そのキーを使うリクエストは拒否されます

どのサブコマンドにも --help があります。
</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1; check that it and its folder are writable.</source>
        <translation>設定ファイル %1 に書き込めません。ファイルとそのフォルダーが書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>Create an API key for the local relay and print its token on standard output. The token is shown only this once: only its hash is kept.</source>
        <translation>ローカルリレーのAPIキーを作成し、そのトークンを標準出力に出力します。トークンが表示されるのはこの 1 回だけです。保存されるのはハッシュのみです。</translation>
    </message>
    <message>
        <source>What the key is for, e.g. the agent that uses it (default: &quot;key N&quot;).</source>
        <translation>キーの用途。たとえば使用するエージェント (既定値: 「キー N」)。</translation>
    </message>
    <message>
        <source>Created API key &quot;%1&quot; (ID %2). Its token above is shown only this once: only its hash is kept, so store it now.</source>
        <translation>APIキー「%1」(ID %2) を作成しました。上のトークンが表示されるのはこの 1 回だけです。保存されるのはハッシュのみなので、今すぐ保管してください。</translation>
    </message>
    <message>
        <source>The relay now requires a key on every route but GET /.</source>
        <translation>今後、リレーは GET / 以外のすべてのルートでキーを要求します。</translation>
    </message>
    <message>
        <source>List the local relay&apos;s API keys: ID (what revoke takes), NAME and CREATED (UTC). Tokens are never shown again, and hashes are never shown in full.</source>
        <translation>ローカルリレーのAPIキーを一覧表示します: ID (revoke に指定する値)、NAME、CREATED (UTC)。トークンが再び表示されることはなく、ハッシュも全体は表示されません。</translation>
    </message>
    <message>
        <source>No API keys: the relay accepts requests without one.</source>
        <translation>APIキーはありません: リレーはキーなしのリクエストを受け付けます。</translation>
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
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>Revoke an API key of the local relay, by its ID (from &quot;keys list&quot;) or by its name when no other key has it. Requests with it are refused from then on.</source>
        <translation>ローカルリレーのAPIキーを、ID (&quot;keys list&quot; で確認) または名前 (ほかのキーと重複しない場合) で指定して失効させます。以後、そのキーを使うリクエストは拒否されます。</translation>
    </message>
    <message>
        <source>The key&apos;s ID or name.</source>
        <translation>キーの ID または名前。</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>No API key has the ID or name &quot;%1&quot;; &quot;contextrelay-desktop keys list&quot; shows them.</source>
        <translation>ID または名前が「%1」のAPIキーはありません。&quot;contextrelay-desktop keys list&quot; で一覧を確認できます。</translation>
    </message>
    <message>
        <source>More than one API key is called &quot;%1&quot;; revoke one by its ID (&quot;contextrelay-desktop keys list&quot; shows them).</source>
        <translation>「%1」という名前のAPIキーが複数あります。ID で指定して失効させてください (&quot;contextrelay-desktop keys list&quot; で確認できます)。</translation>
    </message>
    <message>
        <source>Revoked API key &quot;%1&quot; (ID %2): requests with it are refused from now on.</source>
        <translation>APIキー「%1」(ID %2) を失効させました: 今後このキーを使うリクエストは拒否されます。</translation>
    </message>
    <message>
        <source>No key is left, so the relay no longer asks for one (unless it listens beyond loopback: then it refuses every request but GET / until a key is created).</source>
        <translation>キーが残っていないため、リレーはキーを要求しなくなります (ただしループバック以外で待ち受けている場合は、キーが作成されるまで GET / 以外のすべてのリクエストを拒否します)。</translation>
    </message>
    <message>
        <source>Say what to do with the API keys: create, list or revoke.</source>
        <translation>APIキーに対する操作を指定してください: create、list、revoke のいずれかです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to do with API keys; use create, list or revoke.</source>
        <translation>「%1」はAPIキーに対する操作ではありません。create、list、revoke のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop keys --help&apos;.</source>
        <translation>&apos;contextrelay-desktop keys --help&apos; を試してください。</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot;: </source>
        <translation>「%1」のAPIキー: </translation>
    </message>
    <message>
        <source>Cannot read the API key of remote &quot;%1&quot; from the keychain: %2 Going on without it; pass --api-key or set CONTEXTRELAY_API_KEY.</source>
        <translation>リモート「%1」のAPIキーをキーチェーンから読み取れません: %2 キーなしで続行します。--api-key を指定するか、CONTEXTRELAY_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>There is no remote named &quot;%1&quot;; &apos;contextrelay-desktop remote list&apos; shows them.</source>
        <translation>「%1」という名前のリモートはありません。&apos;contextrelay-desktop remote list&apos; で一覧を確認できます。</translation>
    </message>
    <message>
        <source>Add (or replace) a remote relay profile. The API key goes to the system keychain, never to a file.</source>
        <translation>リモートリレープロファイルを追加 (または置き換え) します。APIキーはシステムのキーチェーンに保存され、ファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>プロファイルの名前。</translation>
    </message>
    <message>
        <source>The relay&apos;s base URL.</source>
        <translation>リレーのベース URL。</translation>
    </message>
    <message>
        <source>Read the API key from standard input (one line) and keep it in the keychain.</source>
        <translation>APIキーを標準入力から (1 行) 読み取り、キーチェーンに保存します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>「%1」はリモート名として使えません: 英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 1〜64 文字で指定してください。</translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation>標準入力にAPIキーがありません。</translation>
    </message>
    <message>
        <source>%1 Nothing was stored. Add the remote without --api-key-stdin and pass the key with --api-key or CONTEXTRELAY_API_KEY on each command; the desktop app can keep a session-only key instead.</source>
        <translation>%1 何も保存されていません。--api-key-stdin なしでリモートを追加し、コマンドごとに --api-key または CONTEXTRELAY_API_KEY でキーを渡してください。デスクトップアプリなら、代わりにこのセッション限りのキーとして保持できます。</translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation>%1 何も保存されていません。</translation>
    </message>
    <message>
        <source>Could not remove an older API key of &quot;%1&quot; from the keychain: %2</source>
        <translation>「%1」の古いAPIキーをキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2; its API key is in the keychain.</source>
        <translation>リモート「%1」は %2 です。APIキーはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; is %2 (no API key).</source>
        <translation>リモート「%1」は %2 です (APIキーなし)。</translation>
    </message>
    <message>
        <source>List the remote relay profiles (never their keys).</source>
        <translation>リモートリレープロファイルを一覧表示します (キーは表示しません)。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>unavailable (no keychain)</source>
        <translation>利用不可 (キーチェーンなし)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>利用不可 (%1)</translation>
    </message>
    <message>
        <source>No remotes yet; add one with &apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos;.</source>
        <translation>リモートはまだありません。&apos;contextrelay-desktop remote add NAME URL --api-key-stdin&apos; で追加してください。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Remove a remote relay profile and its API key in the keychain.</source>
        <translation>リモートリレープロファイルと、キーチェーン内のそのAPIキーを削除します。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation>プロファイル「%1」は削除しましたが、そのAPIキーをキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Remote &quot;%1&quot; removed.</source>
        <translation>リモート「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Check a remote relay step by step: health, API key, a push/pull/peek round trip and the WebSocket.</source>
        <translation>リモートリレーを段階的にチェックします: ヘルス、APIキー、プッシュ/プル/ピークの往復、WebSocket。</translation>
    </message>
    <message>
        <source>Print the steps as JSON.</source>
        <translation>各ステップを JSON で出力します。</translation>
    </message>
    <message>
        <source>Use this API key instead of the one in the keychain.</source>
        <translation>キーチェーンのキーの代わりにこのAPIキーを使います。</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop remote COMMAND …</source>
        <translation>使い方: contextrelay-desktop remote COMMAND …</translation>
    </message>
    <message>
        <source>Remote relay profiles: a name for a relay&apos;s base URL, with its API key in the system keychain.</source>
        <translation>リモートリレープロファイル: リレーのベース URL に付ける名前です。APIキーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>add or replace a profile</source>
        <translation>プロファイルを追加または置き換えます</translation>
    </message>
    <message>
        <source>list the profiles (never their keys)</source>
        <translation>プロファイルを一覧表示します (キーは表示しません)</translation>
    </message>
    <message>
        <source>remove a profile and its key</source>
        <translation>プロファイルとそのキーを削除します</translation>
    </message>
    <message>
        <source>check health, key, round trip and WebSocket</source>
        <translation>ヘルス、キー、往復、WebSocket をチェックします</translation>
    </message>
    <message>
        <source>Then use a profile with --remote NAME on push, pull, peek, publish, subscribe, wait, status.</source>
        <translation>プロファイルは、push、pull、peek、publish、subscribe、wait、status で --remote NAME として指定します。</translation>
    </message>
    <message>
        <source>Unknown remote command &quot;%1&quot;; try &apos;contextrelay-desktop remote --help&apos;.</source>
        <translation>不明な remote コマンド「%1」です。&apos;contextrelay-desktop remote --help&apos; を試してください。</translation>
    </message>
    <message>
        <source>Use either --remote or --server, not both.</source>
        <translation>--remote と --server はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Links LOCAL, a channel of this relay, with CHANNEL on the remote relay profile PROFILE.
out: pushes to LOCAL are re-pushed to the remote channel; in: pushes to the remote channel are pulled and re-pushed to LOCAL; both: both ways, never sending a payload back over the bridge it came through. While the remote is unreachable, outgoing payloads wait in a durable queue and go out in order when it returns. A running app picks the bridge up.</source>
        <translation>このリレーのチャネル LOCAL を、リモートリレープロファイル PROFILE のチャネル CHANNEL と接続します。
out: LOCAL へのプッシュをリモートチャネルへ再プッシュします。in: リモートチャネルへのプッシュをプルして LOCAL へ再プッシュします。both: 双方向に転送します。ただし、ペイロードを届いたブリッジへ送り返すことはありません。リモートに到達できない間、送信するペイロードは永続キューで待機し、リモートが復帰すると順番に送信されます。実行中のアプリはこのブリッジを自動的に取り込みます。</translation>
    </message>
    <message>
        <source>The local channel.</source>
        <translation>ローカルチャネル。</translation>
    </message>
    <message>
        <source>PROFILE:CHANNEL on the remote relay.</source>
        <translation>リモートリレー上の PROFILE:CHANNEL。</translation>
    </message>
    <message>
        <source>out (default), in or both.</source>
        <translation>out (既定値)、in、both のいずれか。</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>--direction must be out, in or both.</source>
        <translation>--direction には out、in、both のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PROFILE:CHANNEL.</source>
        <translation>「%1」は PROFILE:CHANNEL の形式ではありません。</translation>
    </message>
    <message>
        <source>Bridge %1 added: %2.</source>
        <translation>ブリッジ %1 を追加しました: %2。</translation>
    </message>
    <message>
        <source>Lists the channel bridges: id, local channel, direction, remote.</source>
        <translation>チャネルブリッジを一覧表示します: ID、ローカルチャネル、方向、リモート。</translation>
    </message>
    <message>
        <source>No channel bridges.</source>
        <translation>チャネルブリッジはありません。</translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation>LOCAL</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECTION</translation>
    </message>
    <message>
        <source>REMOTE</source>
        <translation>REMOTE</translation>
    </message>
    <message>
        <source>Removes a channel bridge. Payloads still queued for it are dropped by the running app.</source>
        <translation>チャネルブリッジを削除します。そのブリッジのキューに残っているペイロードは、実行中のアプリが破棄します。</translation>
    </message>
    <message>
        <source>The bridge&apos;s id (or its start), from &apos;list&apos;.</source>
        <translation>ブリッジの ID (または先頭部分)。&apos;list&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Bridge %1 removed: %2.</source>
        <translation>ブリッジ %1 を削除しました: %2。</translation>
    </message>
    <message>
        <source>Usage: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
       contextrelay-desktop bridge-channel list
       contextrelay-desktop bridge-channel remove ID
Each has --help.</source>
        <translation>使い方: contextrelay-desktop bridge-channel add LOCAL PROFILE:CHANNEL [--direction out|in|both]
        contextrelay-desktop bridge-channel list
        contextrelay-desktop bridge-channel remove ID
どのサブコマンドにも --help があります。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>不明な操作「%1」です。</translation>
    </message>
    <message>
        <source>The channel tasks go to (default: agent-tasks).</source>
        <translation>タスクの送信先チャネル (既定値: agent-tasks)。</translation>
    </message>
    <message>
        <source>The channel results go to (default: agent-done).</source>
        <translation>結果の送信先チャネル (既定値: agent-done)。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most 604800.</source>
        <translation>--timeout には 0 より大きく 604800 以下の秒数を指定してください。</translation>
    </message>
    <message>
        <source>Hand each task pushed to the task channel to a coding agent in a tmux pane, one at a time: paste it with a request for an outcome block, wait for that block, and push it to the done channel with the task&apos;s id in its metadata. Runs until stopped; logs each step on standard error.</source>
        <translation>タスクチャネルにプッシュされた各タスクを、tmux ペイン内のコーディングエージェントに 1 件ずつ渡します: 成果ブロックの出力を求める依頼とともにタスクを貼り付け、そのブロックを待ち、タスクの ID をメタデータに付けて完了チャネルにプッシュします。停止されるまで動作し、各ステップを標準エラー出力に記録します。</translation>
    </message>
    <message>
        <source>The tmux pane the agent runs in (session, session:window.pane, %id).</source>
        <translation>エージェントが動作している tmux ペイン (session、session:window.pane、%id)。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>The tmux server&apos;s socket name (as tmux -L takes it).</source>
        <translation>tmux サーバーのソケット名 (tmux -L に渡す形式)。</translation>
    </message>
    <message>
        <source>How long the agent has for one task (default: 1800).</source>
        <translation>エージェントが 1 つのタスクに使える時間 (既定値: 1800)。</translation>
    </message>
    <message>
        <source>How often to read the pane while a task runs (default: 500).</source>
        <translation>タスク実行中にペインを読み取る間隔 (既定値: 500)。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--tmux is required: the tmux pane the agent runs in.</source>
        <translation>--tmux は必須です: エージェントが動作している tmux ペインを指定してください。</translation>
    </message>
    <message>
        <source>--task-channel and --done-channel must be two different, non-empty names.</source>
        <translation>--task-channel と --done-channel には、空でない異なる 2 つの名前を指定してください。</translation>
    </message>
    <message>
        <source>--poll-ms must be a whole number from 50 to 60000.</source>
        <translation>--poll-ms には 50〜60000 の整数を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the tmux pane %1: %2</source>
        <translation>tmux ペイン %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Push a task for an agent bridge and wait for its result, then print it. Exit code 3 when no result arrives in time or the bridge gave up waiting for the agent (what the agent said so far is printed), 6 when the bridge could not run the task.</source>
        <translation>エージェントブリッジ用のタスクをプッシュし、結果を待って出力します。時間内に結果が届かない場合、またはブリッジがエージェントの待機を打ち切った場合は終了コード 3 (それまでのエージェントの出力を表示)、ブリッジがタスクを実行できなかった場合は 6 を返します。</translation>
    </message>
    <message>
        <source>The task; &apos;-&apos; reads it from standard input.</source>
        <translation>タスク。&apos;-&apos; で標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: 1800).</source>
        <translation>この秒数が経過したら諦めます (既定値: 1800)。</translation>
    </message>
    <message>
        <source>Nothing to do: the task is empty.</source>
        <translation>何もすることがありません: タスクが空です。</translation>
    </message>
    <message>
        <source>The bridge could not run the task: %1</source>
        <translation>ブリッジがタスクを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>The agent gave no outcome before the bridge&apos;s timeout.</source>
        <translation>ブリッジのタイムアウトまでに、エージェントから成果が得られませんでした。</translation>
    </message>
    <message>
        <source>Cannot subscribe to &quot;%1&quot;: %2</source>
        <translation>「%1」を購読できません: %2</translation>
    </message>
    <message>
        <source>Task pushed: %1; waiting for its result on &quot;%2&quot;.</source>
        <translation>タスクをプッシュしました: %1。「%2」で結果を待っています。</translation>
    </message>
    <message>
        <source>No result within %1 s.</source>
        <translation>%1 秒以内に結果がありませんでした。</translation>
    </message>
    <message>
        <source>Also print each signal published on the channel, as a line of JSON {&quot;message&quot;: …, &quot;ts&quot;: …} (with --exec: its last argument).</source>
        <translation>チャネルに発行された各シグナルも 1 行の JSON {&quot;message&quot;: …, &quot;ts&quot;: …} として出力します (--exec の場合は最後の引数として渡します)。</translation>
    </message>
    <message>
        <source>Wait for the next published signal instead, and print it as a line of JSON.</source>
        <translation>代わりに次に発行されるシグナルを待ち、1 行の JSON として出力します。</translation>
    </message>
    <message>
        <source>Metadata entry; may be repeated. JSON values keep their type; quote one to make it text.</source>
        <translation>メタデータの項目です。複数回指定できます。JSON の値は型を保ちます。引用符で囲むとテキストになります。</translation>
    </message>
</context>
<context>
    <name>Relay::Cli::ExecQueue</name>
    <message>
        <source>The command exited with code %1.</source>
        <translation>コマンドが終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
</context>
<context>
    <name>Relay::Cli::StdinDevice</name>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>標準入力を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>Relay::ConnectionTest</name>
    <message>
        <source>unreachable: %1</source>
        <translation>到達不能: %1</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>タイムアウト: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>unreachable: no answer within %1 s</source>
        <translation>到達不能: %1 秒以内に応答なし</translation>
    </message>
    <message>
        <source>HTTP %1: this is not a ContextRelay relay (GET / should answer 200)</source>
        <translation>HTTP %1: ContextRelay のリレーではありません (GET / は 200 を返すはずです)</translation>
    </message>
    <message>
        <source>the server answers, but not as a ContextRelay relay (GET / said &quot;%1&quot;)</source>
        <translation>サーバーは応答しますが、ContextRelay のリレーとしての応答ではありません (GET / の応答: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the payload pulled back differs from the one pushed</source>
        <translation>プルし直したペイロードがプッシュしたものと異なります</translation>
    </message>
    <message>
        <source>peek shows other metadata than was pushed</source>
        <translation>ピークで得たメタデータがプッシュしたものと異なります</translation>
    </message>
    <message>
        <source>unreachable: the WebSocket connection failed (%1)</source>
        <translation>到達不能: WebSocket 接続に失敗しました (%1)</translation>
    </message>
    <message>
        <source>the pushed pointer did not arrive on the WebSocket within %1 s</source>
        <translation>プッシュしたポインターが %1 秒以内に WebSocket に届きませんでした</translation>
    </message>
    <message>
        <source>unreachable: the WebSocket did not connect within %1 s</source>
        <translation>到達不能: WebSocket が %1 秒以内に接続しませんでした</translation>
    </message>
</context>
<context>
    <name>Relay::Forwarder</name>
    <message>
        <source>from %1:%2</source>
        <translation>%1:%2 から</translation>
    </message>
    <message>
        <source>The queue of the bridges on channel %1 is full (%2 payloads waiting) because the remote relay is unreachable; nothing was dropped. Try again once it is back.</source>
        <translation>リモートリレーに到達できないため、チャネル %1 のブリッジのキューが満杯です (ペイロード %2 件が待機中)。破棄したものはありません。リモートが復帰してから再試行してください。</translation>
    </message>
</context>
<context>
    <name>Relay::ForwardingController</name>
    <message>
        <source>there is no remote profile named &quot;%1&quot;</source>
        <translation>「%1」という名前のリモートプロファイルはありません</translation>
    </message>
</context>
<context>
    <name>Relay::RelayClient</name>
    <message>
        <source>&quot;%1&quot; is neither a pointer URL (…/pull/&lt;id&gt;) nor a payload id.</source>
        <translation>「%1」はポインターURL (…/pull/&lt;id&gt;) でもペイロード ID でもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ContextRelay pointer URL (…/pull/&lt;id&gt;).</source>
        <translation>「%1」は ContextRelay のポインターURL (…/pull/&lt;id&gt;) ではありません。</translation>
    </message>
    <message>
        <source>The pointer URL has no payload id.</source>
        <translation>ポインターURLにペイロード ID がありません。</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation>%1 のリレーが %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1 (%2).</source>
        <translation>%1 のリレーに接続できません (%2)。</translation>
    </message>
    <message>
        <source>Not found: the payload does not exist or has expired.</source>
        <translation>見つかりません: ペイロードが存在しないか、期限切れです。</translation>
    </message>
    <message>
        <source>401: the API key is invalid or missing (the relay at %1 refused it).</source>
        <translation>401: APIキーが無効か、指定されていません (%1 のリレーが拒否しました)。</translation>
    </message>
    <message>
        <source>402: quota exceeded on the remote relay at %1.</source>
        <translation>402: %1 のリモートリレーでクォータを超えました。</translation>
    </message>
    <message>
        <source>The relay refused the request (HTTP %1): %2</source>
        <translation>リレーがリクエストを拒否しました (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The payload is not UTF-8 text; send it raw (as a file) instead.</source>
        <translation>ペイロードが UTF-8 テキストではありません。代わりにそのまま (ファイルとして) 送ってください。</translation>
    </message>
    <message>
        <source>The relay&apos;s answer to the push has no &quot;url&quot;; is this a ContextRelay relay?</source>
        <translation>プッシュに対するリレーの応答に &quot;url&quot; がありません。ContextRelay のリレーですか？</translation>
    </message>
    <message>
        <source>Cannot decrypt the payload: %1</source>
        <translation>ペイロードを復号できません: %1</translation>
    </message>
    <message>
        <source>A channel name is needed.</source>
        <translation>チャネル名が必要です。</translation>
    </message>
    <message>
        <source>The relay does not support publish (no &quot;delivered&quot; in its answer).</source>
        <translation>このリレーは publish に対応していません (応答に &quot;delivered&quot; がありません)。</translation>
    </message>
    <message>
        <source>The relay&apos;s /stats answer is not a JSON object.</source>
        <translation>リレーの /stats の応答が JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>Relay::RelayHost</name>
    <message>
        <source>Channel bridges are off: %1</source>
        <translation>チャネルブリッジは無効です: %1</translation>
    </message>
</context>
<context>
    <name>Relay::RelayRouter</name>
    <message>
        <source>&quot;ttl&quot; must be a whole number of seconds from %1 to %2.</source>
        <translation>&quot;ttl&quot; には %1〜%2 の整数の秒数を指定してください。</translation>
    </message>
    <message>
        <source>&quot;max_reads&quot; must be a whole number of at least 1.</source>
        <translation>&quot;max_reads&quot; には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>ttl must be a whole number of seconds from %1 to %2.</source>
        <translation>ttl には %1〜%2 の整数の秒数を指定してください。</translation>
    </message>
    <message>
        <source>max_reads must be a whole number of at least 1.</source>
        <translation>max_reads には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>The payload is %1 bytes; this relay accepts at most %2.</source>
        <translation>ペイロードは %1 バイトです。このリレーが受け付けるのは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>not kept for replay: the relay is at its channel limit (%1, --max-channels)</source>
        <translation>リプレイ用に保持されません: リレーのチャネル数が上限 (%1、--max-channels) に達しています</translation>
    </message>
    <message>
        <source>The payload is empty.</source>
        <translation>ペイロードが空です。</translation>
    </message>
    <message>
        <source>This relay&apos;s store is full.</source>
        <translation>このリレーのストアは満杯です。</translation>
    </message>
    <message>
        <source>The payload could not be written to disk.</source>
        <translation>ペイロードをディスクに書き込めませんでした。</translation>
    </message>
    <message>
        <source>The relay&apos;s store is full; nothing was evicted to make room. Delete payloads or wait for them to expire.</source>
        <translation>リレーのストアが満杯です。空きを作るための削除は行っていません。ペイロードを削除するか、期限切れになるのを待ってください。</translation>
    </message>
    <message>
        <source>replay must be a whole number from 0 to %1.</source>
        <translation>replay には 0〜%1 の整数を指定してください。</translation>
    </message>
</context>
<context>
    <name>Relay::RelayServer</name>
    <message>
        <source>The crypto library (libsodium) could not be initialised.</source>
        <translation>暗号ライブラリ (libsodium) を初期化できませんでした。</translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read every payload. Create one with &apos;contextrelay-desktop keys create&apos;.</source>
        <translation>ループバック以外で待ち受けるにはAPIキーが必要です。キーがないと、ネットワーク上の誰でもすべてのペイロードを読み取れてしまいます。&apos;contextrelay-desktop keys create&apos; で作成してください。</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>データディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Another relay is already using the data directory %1.</source>
        <translation>別のリレーがすでにデータディレクトリ %1 を使用しています。</translation>
    </message>
    <message>
        <source>read limit reached</source>
        <translation>読み取り上限に到達</translation>
    </message>
    <message>
        <source>No API key is left, but the relay listens beyond loopback: it keeps requiring one, so every request but GET / is refused until a key is created.</source>
        <translation>APIキーが残っていませんが、リレーはループバック以外で待ち受けているため、引き続きキーを要求します。キーが作成されるまで、GET / 以外のすべてのリクエストは拒否されます。</translation>
    </message>
    <message>
        <source>Subscriber %1 stopped reading and was disconnected with %2 bytes unsent (--max-pending-ws-bytes).</source>
        <translation>購読者 %1 が読み取りを停止したため、未送信の %2 バイトを残して切断しました (--max-pending-ws-bytes)。</translation>
    </message>
</context>
<context>
    <name>Relay::RemoteProfiles</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>「%1」は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>A relay URL starts with http:// or https://, not &quot;%1&quot;.</source>
        <translation>リレーの URL は http:// または https:// で始まる必要があります。「%1」は使えません。</translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; names no host.</source>
        <translation>リレーの URL「%1」にホストがありません。</translation>
    </message>
    <message>
        <source>The relay URL must not carry a user name or password; the API key is kept in the keychain instead.</source>
        <translation>リレーの URL にユーザー名やパスワードを含めないでください。APIキーは代わりにキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>The relay URL &quot;%1&quot; must be a base URL, without &quot;?…&quot; or &quot;#…&quot;.</source>
        <translation>リレーの URL「%1」は、&quot;?…&quot; や &quot;#…&quot; を含まないベース URL にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable remote name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>「%1」はリモート名として使えません: 英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 1〜64 文字で指定してください。</translation>
    </message>
    <message>
        <source>Cannot save the remote profile to %1.</source>
        <translation>リモートプロファイルを %1 に保存できません。</translation>
    </message>
</context>
<context>
    <name>Relay::SecretStore</name>
    <message>
        <source>No keychain service is running (Secret Service or KWallet), so the key cannot be stored safely.</source>
        <translation>キーチェーンサービス (Secret Service または KWallet) が動作していないため、キーを安全に保存できません。</translation>
    </message>
</context>
<context>
    <name>Relay::Ui</name>
    <message>
        <source>%1 is a folder; copy files instead.</source>
        <translation>%1 はフォルダーです。代わりにファイルをコピーしてください。</translation>
    </message>
    <message>
        <source>%1 is %2, more than the relay accepts (%3).</source>
        <translation>%1 は %2 で、リレーが受け付けるサイズ (%3) を超えています。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The copied image cannot be encoded as PNG.</source>
        <translation>コピーした画像を PNG にエンコードできません。</translation>
    </message>
    <message>
        <source>The copied image is %1 as PNG, more than the relay accepts (%2).</source>
        <translation>コピーした画像は PNG で %1 になり、リレーが受け付けるサイズ (%2) を超えています。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot save the payload to %1: %2</source>
        <translation>ペイロードを %1 に保存できません: %2</translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot; any more; see Settings, Remote Relays.</source>
        <translation>「%1」という名前のリモートリレーはもうありません。設定の [リモートリレー] を確認してください。</translation>
    </message>
    <message>
        <source>The API keys of remote relays cannot be read here.</source>
        <translation>ここではリモートリレーのAPIキーを読み取れません。</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2 Enter it as a session-only key in Settings, Remote Relays.</source>
        <translation>「%1」のAPIキーを読み取れません: %2 設定の [リモートリレー] で、このセッション限りのキーとして入力してください。</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot be read: %2</source>
        <translation>「%1」のAPIキーを読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::AboutDialog</name>
    <message>
        <source>About ContextRelay Desktop</source>
        <translation>ContextRelay Desktop について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>A local ContextRelay relay: AI agents on this computer hand each other large payloads by URL instead of pasting them through prompts.</source>
        <translation>ローカルの ContextRelay リレーです。このコンピューター上の AI エージェントが、大きなペイロードをプロンプトに貼り付ける代わりに URL で受け渡します。</translation>
    </message>
    <message>
        <source>Qt %1, libsodium %2, %3.</source>
        <translation>Qt %1、libsodium %2、%3。</translation>
    </message>
    <message>
        <source>Free software under the MIT license. Wire-compatible with the open-source &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt; Worker.</source>
        <translation>MIT ライセンスのフリーソフトウェアです。オープンソースの &lt;a href=&quot;https://github.com/cmhashim/ContextRelay&quot;&gt;ContextRelay&lt;/a&gt; Worker とプロトコル互換です。</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>バージョン情報をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation>自動起動エントリ %1 を削除できません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1: %2</source>
        <translation>自動起動エントリ %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Hand large payloads between AI agents by URL, on this computer</source>
        <translation>このコンピューター上で、AI エージェント間の大きなペイロードを URL で受け渡します</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::BridgesPage</name>
    <message>
        <source>→ out</source>
        <translation>→ 送信</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← 受信</translation>
    </message>
    <message>
        <source>↔ both</source>
        <translation>↔ 双方向</translation>
    </message>
    <message>
        <source>What is pushed to the local channel is pushed to the remote channel too.</source>
        <translation>ローカルチャネルにプッシュされたものを、リモートチャネルにもプッシュします。</translation>
    </message>
    <message>
        <source>What is pushed to the remote channel is pulled and pushed here too.</source>
        <translation>リモートチャネルにプッシュされたものをプルし、こちらにもプッシュします。</translation>
    </message>
    <message>
        <source>Both ways; a payload never goes back over the bridge it came through.</source>
        <translation>双方向。ペイロードが、届いたときのブリッジを通って戻ることはありません。</translation>
    </message>
    <message>
        <source>Local channel</source>
        <translation>ローカルチャネル</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Remote channel</source>
        <translation>リモートチャネル</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>新しいブリッジ</translation>
    </message>
    <message>
        <source>e.g. team</source>
        <translation>例: team</translation>
    </message>
    <message>
        <source>the same as the local channel</source>
        <translation>ローカルチャネルと同じ</translation>
    </message>
    <message>
        <source>→ out: pushes here go there too</source>
        <translation>→ 送信: こちらへのプッシュをリモートにも送る</translation>
    </message>
    <message>
        <source>← in: pushes there come here too</source>
        <translation>← 受信: リモートへのプッシュをこちらにも取り込む</translation>
    </message>
    <message>
        <source>↔ both ways</source>
        <translation>↔ 双方向</translation>
    </message>
    <message>
        <source>&amp;Add Bridge</source>
        <translation>ブリッジを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a remote relay on the Remote Relays tab first.</source>
        <translation>先に [リモートリレー] タブでリモートリレーを追加してください。</translation>
    </message>
    <message>
        <source>&amp;Local channel:</source>
        <translation>ローカルチャネル(&amp;L):</translation>
    </message>
    <message>
        <source>Remote rela&amp;y:</source>
        <translation>リモートリレー(&amp;Y):</translation>
    </message>
    <message>
        <source>Remote &amp;channel:</source>
        <translation>リモートチャネル(&amp;C):</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>方向(&amp;I):</translation>
    </message>
    <message>
        <source>A bridge links a local channel with a channel of a remote relay. Outgoing payloads wait in a durable queue while the remote is unreachable. Changes here are saved at once.</source>
        <translation>ブリッジは、ローカルチャネルとリモートリレーのチャネルを接続します。リモートに到達できない間、送信するペイロードは永続キューで待機します。ここでの変更はすぐに保存されます。</translation>
    </message>
    <message>
        <source>There is no remote relay named &quot;%1&quot;: what this bridge sends waits in its queue until there is one.</source>
        <translation>「%1」という名前のリモートリレーはありません。このブリッジが送るものは、そのリモートができるまでキューで待機します。</translation>
    </message>
    <message>
        <source>The id the bridge-channel command uses.</source>
        <translation>bridge-channel コマンドで使う ID です。</translation>
    </message>
    <message>
        <source>Enter the local channel to bridge.</source>
        <translation>ブリッジするローカルチャネルを入力してください。</translation>
    </message>
    <message>
        <source>Remove Bridge</source>
        <translation>ブリッジの削除</translation>
    </message>
    <message>
        <source>Remove the bridge %1? Payloads still waiting in its queue are dropped.</source>
        <translation>ブリッジ %1 を削除しますか？キューで待機中のペイロードは破棄されます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ChannelTableModel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>キュー待ち %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeliverable</source>
        <translation>
            <numerusform>配信不能 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>配信済み %1 件</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>受信済み %1 件</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>待機中 %1</translation>
    </message>
    <message>
        <source>Last error at %1.</source>
        <translation>最後のエラーは %1 に発生しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>購読者 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) pushed</source>
        <translation>
            <numerusform>プッシュされたペイロード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published</source>
        <translation>
            <numerusform>発行されたメッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>購読者</translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation>プッシュ数</translation>
    </message>
    <message>
        <source>Publishes</source>
        <translation>発行数</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最終活動</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::ClipboardActions</name>
    <message>
        <source>The relay restarted before the clipboard action finished; try again.</source>
        <translation>クリップボード操作が完了する前にリレーが再起動しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation>前のクリップボード操作がまだ完了していません。</translation>
    </message>
    <message>
        <source>The relay is not running.</source>
        <translation>リレーが実行されていません。</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>クリップボードが空です。</translation>
    </message>
    <message numerus="yes">
        <source>%n files are copied; push at most %1 at once.</source>
        <translation>
            <numerusform>%n 個のファイルがコピーされています。一度にプッシュできるのは最大 %1 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The copied text is %1, more than the relay accepts (%2).</source>
        <translation>コピーしたテキストは %1 で、リレーが受け付けるサイズ (%2) を超えています。</translation>
    </message>
    <message>
        <source>The clipboard holds no text, files or image to push.</source>
        <translation>クリップボードに、プッシュできるテキスト、ファイル、画像がありません。</translation>
    </message>
    <message>
        <source>The relay stopped before the push finished.</source>
        <translation>プッシュが完了する前にリレーが停止しました。</translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation>クリップボードがありません。</translation>
    </message>
    <message>
        <source>The clipboard holds no pointer URL (http://…/pull/…).</source>
        <translation>クリップボードにポインターURL (http://…/pull/…) がありません。</translation>
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
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>time left: hours, minutes, seconds</comment>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no activity yet</comment>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
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
        <translation>プッシュ</translation>
    </message>
    <message>
        <source>pulled</source>
        <comment>event type</comment>
        <translation>プル</translation>
    </message>
    <message>
        <source>peeked</source>
        <comment>event type</comment>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>event type</comment>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>event type</comment>
        <translation>削除</translation>
    </message>
    <message>
        <source>subscribed</source>
        <comment>event type</comment>
        <translation>購読</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <comment>event type</comment>
        <translation>購読解除</translation>
    </message>
    <message>
        <source>published</source>
        <comment>event type</comment>
        <translation>発行</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>event type</comment>
        <translation>拒否</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n subscriber(s) reached</source>
        <translation>
            <numerusform>%1、購読者 %n 件に配信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %2 of %n time(s)</source>
        <translation>
            <numerusform>%1、%n 回中 %2 回読み取り</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read %n time(s)</source>
        <translation>
            <numerusform>%1、%n 回読み取り</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>size, reason</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n subscriber(s) on the channel</source>
        <translation>
            <numerusform>%1、チャネルの購読者 %n 件</numerusform>
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
ファイル: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::EventLogPanel</name>
    <message>
        <source>All Events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation>一部の種類のイベントだけを表示します</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop adding events to the log (the relay keeps running)</source>
        <translation>ログへのイベント追加を停止します (リレーは動作し続けます)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Empty the log</source>
        <translation>ログを空にします</translation>
    </message>
    <message>
        <source>No events yet. Pushes, pulls, subscriptions and rejections show up here as they happen.</source>
        <translation>イベントはまだありません。プッシュ、プル、購読、拒否は発生するとここに表示されます。</translation>
    </message>
    <message>
        <source>No Events</source>
        <translation>イベントなし</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n event(s) not shown</source>
        <translation>
            <numerusform>一時停止中: %n 件のイベントが非表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. New events are counted but not shown.</source>
        <translation>一時停止中です。新しいイベントは数えますが、表示しません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>No events of the chosen types.</source>
        <translation>選択した種類のイベントはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件のイベント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relay::Ui::InspectorWindow</name>
    <message>
        <source>ContextRelay Inspector</source>
        <translation>ContextRelay インスペクター</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>No channels yet. A channel appears when a payload is pushed to it or an agent subscribes to it.</source>
        <translation>チャネルはまだありません。チャネルは、ペイロードがプッシュされるかエージェントが購読すると表示されます。</translation>
    </message>
    <message>
        <source>Double-click a channel to see its payloads</source>
        <translation>チャネルをダブルクリックすると、そのペイロードを表示します</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>No subscribers. Agents subscribe with a WebSocket to /ws/&lt;channel&gt;.</source>
        <translation>購読者はいません。エージェントは /ws/&lt;channel&gt; への WebSocket で購読します。</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>購読者</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>Show Only Channel “%1”</source>
        <translation>チャネル「%1」のみ表示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Push…</source>
        <translation>新規プッシュ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Pull URL…</source>
        <translation>URL をプル(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>ペイロード(&amp;P)</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>URL をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;curl Command</source>
        <translation>curl コマンドをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Push &amp;Again to Channel…</source>
        <translation>チャネルに再プッシュ(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Payloads</source>
        <translation>ペイロードを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>プッシュ中…</translation>
    </message>
    <message>
        <source>The relay&apos;s address for agents. Click to copy it.</source>
        <translation>エージェント向けのリレーのアドレスです。クリックするとコピーします。</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Pushing: %1 of %2</source>
        <translation>プッシュ中: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s)</source>
        <translation>
            <numerusform>ペイロード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>チャネル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>購読者 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title with a count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>New connections are refused; subscribers already connected stay.</source>
        <translation>新しい接続は拒否されます。接続済みの購読者はそのまま残ります。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>The relay accepts pushes and pulls.</source>
        <translation>リレーはプッシュとプルを受け付けています。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n URL(s) to the clipboard.</source>
        <translation>
            <numerusform>%n 件の URL をクリップボードにコピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n curl command(s). Running one counts as a read.</source>
        <translation>
            <numerusform>%n 件の curl コマンドをコピーしました。実行すると読み取り 1 回として数えられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>ペイロードの保存</translation>
    </message>
    <message>
        <source>The payload is gone: it expired or was deleted.</source>
        <translation>ペイロードはもうありません: 期限切れになったか、削除されました。</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 を %2 に保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payload(s).</source>
        <translation>
            <numerusform>%n 件のペイロードを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Push Again</source>
        <translation>再プッシュ</translation>
    </message>
    <message>
        <source>Push a copy of %1 to the channel:</source>
        <translation>%1 のコピーをプッシュするチャネル:</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>%1 にプッシュ中…</translation>
    </message>
    <message>
        <source>Pushed to %1; the URL is on the clipboard.</source>
        <translation>%1 にプッシュしました。URL はクリップボードにあります。</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>%1 にプッシュ</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n payload(s); the URL is on the clipboard.</source>
        <translation>
            <numerusform>%n 件のペイロードをプッシュしました。URL はクリップボードにあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルをプッシュ中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing the dropped text…</source>
        <translation>ドロップされたテキストをプッシュ中…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation>ContextRelay Desktop について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadPusher</name>
    <message>
        <source>The relay is not running, so nothing can be pushed yet.</source>
        <translation>リレーが実行されていないため、まだ何もプッシュできません。</translation>
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
ファイル: %2</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>チャネルなし</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) left</source>
        <translation>
            <numerusform>残り %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>No read limit</source>
        <translation>読み取り上限なし</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>読み取り</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PayloadsPanel</name>
    <message>
        <source>Search id, channel, metadata, file name…</source>
        <translation>ID、チャネル、メタデータ、ファイル名を検索…</translation>
    </message>
    <message>
        <source>This payload is gone: it expired, was deleted or was read its last time.</source>
        <translation>このペイロードはもうありません: 期限切れ、削除済み、または最後の読み取りが済んでいます。</translation>
    </message>
    <message>
        <source>No payloads yet — push one with %1 or drop a file here.</source>
        <translation>ペイロードはまだありません。%1 でプッシュするか、ここにファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>No payload matches “%1”.</source>
        <translation>「%1」に一致するペイロードはありません。</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PreviewPane</name>
    <message>
        <source>View as:</source>
        <translation>表示形式:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
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
        <translation>16 進</translation>
    </message>
    <message>
        <source>Show the payload as something else than what it looks like</source>
        <translation>ペイロードを見た目とは別の形式で表示します</translation>
    </message>
    <message>
        <source>This payload is encrypted</source>
        <translation>このペイロードは暗号化されています</translation>
    </message>
    <message>
        <source>The relay keeps it as a Fernet token and cannot read it. Paste the key, or the whole URL with #key=…, to decrypt it here. The key is not sent anywhere and not stored.</source>
        <translation>リレーはこれを Fernet トークンとして保持しており、内容を読み取れません。キー、または #key=… を含む URL 全体を貼り付けると、ここで復号できます。キーはどこにも送信されず、保存もされません。</translation>
    </message>
    <message>
        <source>Key, or URL with #key=…</source>
        <translation>キー、または #key=… を含む URL</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>復号(&amp;D)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Select a payload to preview it.</source>
        <translation>ペイロードを選択するとプレビューを表示します。</translation>
    </message>
    <message>
        <source>Payload %1</source>
        <translation>ペイロード %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>チャネル %1</translation>
    </message>
    <message>
        <source>Metadata:
%1</source>
        <translation>メタデータ:
%1</translation>
    </message>
    <message>
        <source>Decrypted here with your key; the key stays in this program.</source>
        <translation>あなたのキーを使ってここで復号しました。キーはこのプログラムの外に出ません。</translation>
    </message>
    <message>
        <source>This could not be shown as an image; showing its bytes instead.</source>
        <translation>画像として表示できなかったため、代わりにバイト列を表示しています。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>%2 のうち先頭 %1 を表示しています。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイト</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>整形中…</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>画像を読み込み中…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>画像をデコード中…</translation>
    </message>
    <message>
        <source>Paste the key, or the URL that ends with #key=…, first.</source>
        <translation>先にキー、または #key=… で終わる URL を貼り付けてください。</translation>
    </message>
    <message>
        <source>Only part of this payload has been loaded, so it cannot be decrypted yet. Try again in a moment.</source>
        <translation>このペイロードは一部しか読み込まれていないため、まだ復号できません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not decrypt: %1</source>
        <translation>復号できませんでした: %1</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>復号中…</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PullDialog</name>
    <message>
        <source>Pull URL</source>
        <translation>URL をプル</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787/pull/… (with #key=… for encrypted payloads)</source>
        <translation>http://127.0.0.1:8787/pull/… (暗号化ペイロードには #key=… を付加)</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>プル(&amp;P)</translation>
    </message>
    <message>
        <source>Pulling counts as a read: a payload with a read limit may be used up.</source>
        <translation>プルは読み取りとして数えられます: 読み取り回数に制限のあるペイロードは使い切られることがあります。</translation>
    </message>
    <message>
        <source>Paste a pointer URL and press Pull.</source>
        <translation>ポインターURLを貼り付けて [プル] を押してください。</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>テキストをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Paste a pointer URL first.</source>
        <translation>先にポインターURLを貼り付けてください。</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 をプル中…</translation>
    </message>
    <message>
        <source>Pulled %1 (%2).</source>
        <translation>%1 をプルしました (%2)。</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>ペイロードの保存</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 を %2 に保存しました。</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::PushDialog</name>
    <message>
        <source>New Push</source>
        <translation>新規プッシュ</translation>
    </message>
    <message>
        <source>Text, JSON or Markdown to push…</source>
        <translation>プッシュするテキスト、JSON、Markdown…</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>テキスト(&amp;T)</translation>
    </message>
    <message>
        <source>Path of the file to push</source>
        <translation>プッシュするファイルのパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>The file is pushed as it is, with its name and content type. You can also drop files on the inspector window.</source>
        <translation>ファイルは名前とコンテンツタイプを保ったまま、そのままプッシュされます。インスペクターウィンドウにファイルをドロップすることもできます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Local relay</source>
        <translation>ローカルリレー</translation>
    </message>
    <message>
        <source>Push to this computer&apos;s relay, or to a remote relay set up in Settings.</source>
        <translation>このコンピューターのリレー、または設定で構成したリモートリレーにプッシュします。</translation>
    </message>
    <message>
        <source>None: no subscriber is told</source>
        <translation>なし: 購読者に通知しない</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Values that parse as JSON (3, true, [1, 2]) are sent as such; anything else as text.</source>
        <translation>JSON として解析できる値 (3、true、[1, 2]) は JSON として送信し、それ以外はテキストとして送信します。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation>メタデータ項目を追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>選択したメタデータ項目を削除します</translation>
    </message>
    <message>
        <source>Relay default</source>
        <translation>リレーの既定値</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>&amp;Encrypt here; the key travels only in the URL (#key=…)</source>
        <translation>ここで暗号化(&amp;E)。キーは URL (#key=…) でのみ渡されます</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>送信先(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>チャネル(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>メタデータ(&amp;M):</translation>
    </message>
    <message>
        <source>Expires &amp;after:</source>
        <translation>有効期間(&amp;A):</translation>
    </message>
    <message>
        <source>Max &amp;reads:</source>
        <translation>読み取り上限(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>プッシュ(&amp;P)</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>リモート: %1</translation>
    </message>
    <message>
        <source>Type or paste the text to push.</source>
        <translation>プッシュするテキストを入力するか、貼り付けてください。</translation>
    </message>
    <message>
        <source>Choose the file to push.</source>
        <translation>プッシュするファイルを選択してください。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 にファイルがありません。</translation>
    </message>
    <message>
        <source>Metadata row %1 has a value but no key.</source>
        <translation>メタデータの %1 行目に値がありますが、キーがありません。</translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; appears twice.</source>
        <translation>メタデータのキー「%1」が重複しています。</translation>
    </message>
    <message>
        <source>Push a File</source>
        <translation>ファイルをプッシュ</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteClipboardPush</name>
    <message>
        <source>Pushing to &quot;%1&quot; failed: %2</source>
        <translation>「%1」へのプッシュに失敗しました: %2</translation>
    </message>
    <message>
        <source>The previous clipboard action has not finished yet.</source>
        <translation>前のクリップボード操作がまだ完了していません。</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemoteEditDialog</name>
    <message>
        <source>Add Remote Relay</source>
        <translation>リモートリレーの追加</translation>
    </message>
    <message>
        <source>Edit Remote Relay</source>
        <translation>リモートリレーの編集</translation>
    </message>
    <message>
        <source>e.g. cloud</source>
        <translation>例: cloud</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; bridges and the command line use it.</source>
        <translation>英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 1〜64 文字。ブリッジとコマンドラインで使用します。</translation>
    </message>
    <message>
        <source>none, if the remote needs no key</source>
        <translation>なし (リモートがキー不要の場合)</translation>
    </message>
    <message>
        <source>unchanged; type a new key to replace it</source>
        <translation>変更なし。置き換えるには新しいキーを入力</translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>このセッションの間だけキーを保持(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>APIキー(&amp;K):</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only: enter it again after ContextRelay Desktop restarts.</source>
        <translation>キーはこのセッションの間だけメモリーに保持されます。ContextRelay Desktop の再起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>The key stays in memory until ContextRelay Desktop quits; nothing is written to disk.</source>
        <translation>キーは ContextRelay Desktop を終了するまでメモリーに保持されます。ディスクには何も書き込まれません。</translation>
    </message>
    <message>
        <source>The key goes to the system keychain, never to the settings file.</source>
        <translation>キーはシステムのキーチェーンに保存され、設定ファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>Give the remote a name, e.g. cloud.</source>
        <translation>リモートに名前を付けてください (例: cloud)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>「%1」は名前として使えません: 英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 1〜64 文字で指定してください。</translation>
    </message>
    <message>
        <source>There is already a remote named &quot;%1&quot;; edit that one, or pick another name.</source>
        <translation>「%1」という名前のリモートはすでにあります。そちらを編集するか、別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s base URL, e.g. https://relay.example.com.</source>
        <translation>リレーのベース URL を入力してください (例: https://relay.example.com)。</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>キーをキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>The key was not saved. Save again to keep it for this session only.</source>
        <translation>キーは保存されませんでした。もう一度保存すると、このセッションの間だけ保持します。</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::RemotesPage</name>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往復</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>接続テスト(&amp;C)</translation>
    </message>
    <message>
        <source>Checks the relay&apos;s health, the API key, a push and pull, and a WebSocket subscription.</source>
        <translation>リレーのヘルス、APIキー、プッシュとプル、WebSocket の購読をチェックします。</translation>
    </message>
    <message>
        <source>Relays elsewhere that you can push to (from the tray or New Push) and bridge channels with. API keys are kept in the system keychain, never in the settings file. Changes here are saved at once.</source>
        <translation>ほかの場所にあるリレーです。(トレイや [新規プッシュ] から) プッシュしたり、チャネルをブリッジしたりできます。APIキーはシステムのキーチェーンに保存され、設定ファイルには書き込まれません。ここでの変更はすぐに保存されます。</translation>
    </message>
    <message>
        <source>session only</source>
        <translation>セッション限り</translation>
    </message>
    <message>
        <source>Kept in memory until ContextRelay Desktop quits.</source>
        <translation>ContextRelay Desktop を終了するまでメモリーに保持されます。</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No key: requests go to the remote without one.</source>
        <translation>キーなし: リモートへのリクエストはキーなしで送信されます。</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>キーチェーンなし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Remove the remote relay &quot;%1&quot; and its API key?</source>
        <translation>リモートリレー「%1」とそのAPIキーを削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s) use it: what they send waits in the queue until a remote of that name exists again.</source>
        <translation>
            <numerusform>%n 件のブリッジがこのリモートを使用しています: 同じ名前のリモートが再び作成されるまで、ブリッジが送るものはキューで待機します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Remote Relay</source>
        <translation>リモートリレーの削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed, but its API key could not be removed from the keychain: %2</source>
        <translation>「%1」は削除しましたが、そのAPIキーをキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot; at %2…</source>
        <translation>%2 の「%1」をテスト中…</translation>
    </message>
    <message>
        <source>No API key is set for &quot;%1&quot;: testing without one.</source>
        <translation>「%1」にはAPIキーが設定されていません: キーなしでテストします。</translation>
    </message>
    <message>
        <source>No API key: %1</source>
        <translation>APIキーなし: %1</translation>
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
        <translation>「%1」は正常です: すべてのステップに合格しました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed the test; the steps after the first failure did not run.</source>
        <translation>「%1」はテストに失敗しました。最初の失敗以降のステップは実行されていません。</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SettingsDialog</name>
    <message>
        <source>ContextRelay Settings</source>
        <translation>ContextRelay の設定</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>リレー(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>セキュリティ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>デスクトップ(&amp;D)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意の空きポート</translation>
    </message>
    <message>
        <source>Agents connect to http://127.0.0.1:&lt;port&gt;; 8787 is what the SDK expects.</source>
        <translation>エージェントは http://127.0.0.1:&lt;port&gt; に接続します。SDK が想定しているのは 8787 です。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>loopback only (127.0.0.1 and ::1)</source>
        <translation>ループバックのみ (127.0.0.1 と ::1)</translation>
    </message>
    <message>
        <source>IP addresses to listen on, separated by commas. Anything beyond loopback exposes the relay to the network and needs API keys.</source>
        <translation>待ち受ける IP アドレス (カンマ区切り)。ループバック以外ではリレーがネットワークに公開されるため、APIキーが必要です。</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>待ち受けアドレス(&amp;L):</translation>
    </message>
    <message>
        <source>D&amp;urable: payloads survive a restart (SQLite)</source>
        <translation>永続(&amp;U): 再起動後もペイロードを保持 (SQLite)</translation>
    </message>
    <message>
        <source>E&amp;phemeral: in memory only, gone when the relay stops</source>
        <translation>一時(&amp;P): メモリーのみ。リレー停止時に消去</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>保存方式:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>データフォルダー(&amp;F):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>How long a payload lives when its push does not say (1 min … 7 days).</source>
        <translation>プッシュで指定がないときのペイロードの有効期間 (1 分 … 7 日)。</translation>
    </message>
    <message>
        <source>Default &amp;lifetime:</source>
        <translation>既定の有効期間(&amp;L):</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Larger pushes are refused with HTTP 413.</source>
        <translation>これより大きいプッシュは HTTP 413 で拒否されます。</translation>
    </message>
    <message>
        <source>Largest &amp;payload:</source>
        <translation>最大ペイロード(&amp;P):</translation>
    </message>
    <message>
        <source>one per line, e.g. https://app.example.com</source>
        <translation>1 行に 1 つ (例: https://app.example.com)</translation>
    </message>
    <message>
        <source>Allowed &amp;Origins:</source>
        <translation>許可するオリジン(&amp;O):</translation>
    </message>
    <message>
        <source>Web pages are refused unless their Origin is listed here; agents and scripts send none and are not affected.</source>
        <translation>Origin がここに列挙されていない Web ページからのリクエストは拒否されます。エージェントやスクリプトは Origin を送らないため影響を受けません。</translation>
    </message>
    <message>
        <source>one per line, e.g. relay.local</source>
        <translation>1 行に 1 つ (例: relay.local)</translation>
    </message>
    <message>
        <source>Extra &amp;Host names:</source>
        <translation>追加のホスト名(&amp;H):</translation>
    </message>
    <message>
        <source>Besides localhost, 127.0.0.1 and [::1]. Other names are refused, which stops DNS-rebinding attacks.</source>
        <translation>localhost、127.0.0.1、[::1] 以外に受け付ける名前です。ほかの名前は拒否され、DNS リバインディング攻撃を防ぎます。</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>While at least one key exists, every request but GET / must carry one (Authorization: Bearer …). Keys made with &quot;contextrelay-desktop keys create&quot; show up here too.</source>
        <translation>キーが 1 つでもある間は、GET / 以外のすべてのリクエストにキーが必要です (Authorization: Bearer …)。&quot;contextrelay-desktop keys create&quot; で作成したキーもここに表示されます。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>name, e.g. the agent that uses it</source>
        <translation>名前 (例: 使用するエージェント)</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>キーを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>失効(&amp;V)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>ログイン時に起動(&amp;S)</translation>
    </message>
    <message>
        <source>Adds ContextRelay Desktop to your desktop&apos;s autostart entries.</source>
        <translation>ContextRelay Desktop をデスクトップの自動起動エントリに追加します。</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>通知を表示(&amp;N)</translation>
    </message>
    <message>
        <source>After pushing or pulling the clipboard, and when the relay has a problem.</source>
        <translation>クリップボードをプッシュまたはプルした後と、リレーに問題が発生したときに表示します。</translation>
    </message>
    <message>
        <source>&amp;Monochrome tray icon</source>
        <translation>モノクロのトレイアイコン(&amp;M)</translation>
    </message>
    <message>
        <source>A one-colour icon that follows the panel&apos;s text colour.</source>
        <translation>パネルの文字色に合わせた単色のアイコンです。</translation>
    </message>
    <message>
        <source>Remo&amp;te Relays</source>
        <translation>リモートリレー(&amp;T)</translation>
    </message>
    <message>
        <source>Brid&amp;ges</source>
        <translation>ブリッジ(&amp;G)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; list addresses such as 127.0.0.1 or 192.168.1.20.</source>
        <translation>「%1」は IP アドレスではありません。127.0.0.1 や 192.168.1.20 のようなアドレスを列挙してください。</translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read, change and delete every payload. Create a key on the Security tab, or listen on loopback only.</source>
        <translation>ループバック以外で待ち受けるにはAPIキーが必要です。キーがないと、ネットワーク上の誰でもすべてのペイロードを読み取り、変更、削除できてしまいます。[セキュリティ] タブでキーを作成するか、ループバックのみで待ち受けてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin; write scheme and host, e.g. https://app.example.com.</source>
        <translation>「%1」はオリジンではありません。スキームとホストを指定してください (例: https://app.example.com)。</translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect, and the payloads of this ephemeral relay are lost.</source>
        <translation>適用するとリレーが再起動します: 購読者は再接続し、この一時リレーのペイロードは失われます。</translation>
    </message>
    <message>
        <source>Applying restarts the relay: subscribers reconnect; payloads are kept.</source>
        <translation>適用するとリレーが再起動します: 購読者は再接続しますが、ペイロードは保持されます。</translation>
    </message>
    <message>
        <source>Set on the command line for this run: %1. What you save here applies from the next start without them.</source>
        <translation>今回の実行ではコマンドラインで指定されています: %1。ここで保存した内容は、それらを指定せずに次回起動したときから適用されます。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>New key for &quot;%1&quot;. Copy it now: it is shown only this once, and only its hash is kept. It works once you apply the settings.</source>
        <translation>「%1」の新しいキーです。今すぐコピーしてください: 表示されるのはこの 1 回だけで、保存されるのはハッシュのみです。設定を適用すると使えるようになります。</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The new language applies the next time ContextRelay Desktop starts.</source>
        <translation>新しい言語は、次回 ContextRelay Desktop を起動したときに適用されます。</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::SubscriberTableModel</name>
    <message numerus="yes">
        <source>%n message(s) delivered</source>
        <translation>
            <numerusform>%n 件のメッセージを配信済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>ピア</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>接続開始</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信数</translation>
    </message>
</context>
<context>
    <name>Relay::Ui::TrayIcon</name>
    <message>
        <source>ContextRelay relay</source>
        <translation>ContextRelay リレー</translation>
    </message>
    <message>
        <source>&amp;Push Clipboard</source>
        <translation>クリップボードをプッシュ(&amp;P)</translation>
    </message>
    <message>
        <source>Push the copied text or files; the URL replaces the clipboard</source>
        <translation>コピーしたテキストまたはファイルをプッシュし、クリップボードを URL に置き換えます</translation>
    </message>
    <message>
        <source>Push Clipboard &amp;Encrypted</source>
        <translation>クリップボードを暗号化してプッシュ(&amp;E)</translation>
    </message>
    <message>
        <source>Encrypt here first; the key travels only in the URL (#key=…)</source>
        <translation>先にここで暗号化します。キーは URL (#key=…) でのみ渡されます</translation>
    </message>
    <message>
        <source>Push Clipboard &amp;To</source>
        <translation>クリップボードのプッシュ先(&amp;T)</translation>
    </message>
    <message>
        <source>Push the copied text or files to a remote relay</source>
        <translation>コピーしたテキストまたはファイルをリモートリレーにプッシュします</translation>
    </message>
    <message>
        <source>P&amp;ull URL from Clipboard</source>
        <translation>クリップボードの URL をプル(&amp;U)</translation>
    </message>
    <message>
        <source>Replace the copied pointer URL with its payload</source>
        <translation>コピーしたポインターURLを、そのペイロードに置き換えます</translation>
    </message>
    <message>
        <source>Open &amp;Inspector</source>
        <translation>インスペクターを開く(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy Relay URL</source>
        <translation>リレーの URL をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;MCP Config</source>
        <translation>MCP 設定をコピー(&amp;M)</translation>
    </message>
    <message>
        <source>An mcpServers entry for Claude Desktop, Cursor and other MCP clients</source>
        <translation>Claude Desktop、Cursor などの MCP クライアント用の mcpServers エントリ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Relay stopped</source>
        <translation>リレー停止中</translation>
    </message>
    <message>
        <source>Relay starting…</source>
        <translation>リレー起動中…</translation>
    </message>
    <message>
        <source>Relay running at %1</source>
        <translation>リレー実行中: %1</translation>
    </message>
    <message>
        <source>Relay paused at %1</source>
        <translation>リレー一時停止中: %1</translation>
    </message>
    <message>
        <source>Relay at %1 has a problem</source>
        <translation>%1 のリレーに問題があります</translation>
    </message>
    <message>
        <source>Relay not running</source>
        <translation>リレーが動作していません</translation>
    </message>
    <message>
        <source>&amp;Resume Relay</source>
        <translation>リレーを再開(&amp;R)</translation>
    </message>
    <message>
        <source>Pause &amp;Relay</source>
        <translation>リレーを一時停止(&amp;R)</translation>
    </message>
    <message>
        <source>ContextRelay Desktop</source>
        <translation>ContextRelay Desktop</translation>
    </message>
    <message>
        <source>Payloads: %1 (%2)</source>
        <translation>ペイロード: %1 (%2)</translation>
    </message>
    <message>
        <source>Channels: %1 · Subscribers: %2</source>
        <translation>チャネル: %1 · 購読者: %2</translation>
    </message>
    <message>
        <source>Paused: new connections are refused (503); subscribers stay connected.</source>
        <translation>一時停止中: 新しい接続は拒否されます (503)。購読者は接続したままです。</translation>
    </message>
    <message>
        <source>&amp;About ContextRelay Desktop</source>
        <translation>ContextRelay Desktop について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RelaySubscription</name>
    <message>
        <source>the relay closed the connection</source>
        <translation>リレーが接続を閉じました</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>接続できません</translation>
    </message>
</context>
<context>
    <name>RequestParser</name>
    <message>
        <source>The request target contains a fragment (#); send # percent-encoded as %23.</source>
        <translation>リクエストターゲットにフラグメント (#) が含まれています。# は %23 とパーセントエンコードして送ってください。</translation>
    </message>
    <message>
        <source>The request target has a &quot;%&quot; without two hex digits after it; send % percent-encoded as %25.</source>
        <translation>リクエストターゲットに、後ろに 16 進数 2 桁が続かない &quot;%&quot; があります。% は %25 とパーセントエンコードして送ってください。</translation>
    </message>
    <message>
        <source>The request target is not UTF-8 text once percent-decoded.</source>
        <translation>リクエストターゲットをパーセントデコードすると UTF-8 テキストになりません。</translation>
    </message>
    <message>
        <source>The request method is not a standard HTTP method.</source>
        <translation>リクエストメソッドが標準の HTTP メソッドではありません。</translation>
    </message>
    <message>
        <source>The request head is too large.</source>
        <translation>リクエストヘッドが大きすぎます。</translation>
    </message>
    <message>
        <source>The request has a duplicate Content-Length, or both Content-Length and Transfer-Encoding.</source>
        <translation>リクエストに Content-Length が重複しているか、Content-Length と Transfer-Encoding の両方があります。</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>Content-Length が数値ではありません。</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>リクエストが有効な HTTP/1.1 ではありません (%1)。</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>リクエストヘッドが %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>リクエストのヘッダーフィールドが %1 個を超えています。</translation>
    </message>
    <message>
        <source>A header name is not a valid token.</source>
        <translation>ヘッダー名が有効なトークンではありません。</translation>
    </message>
    <message>
        <source>A header value contains a control character.</source>
        <translation>ヘッダー値に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation>リクエストに Host ヘッダーが複数あります。</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>リクエストに Host ヘッダーがありません。</translation>
    </message>
    <message>
        <source>The body is %1 bytes; this relay accepts at most %2.</source>
        <translation>ボディは %1 バイトです。このリレーが受け付けるのは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>ボディが %1 バイトを超えています。</translation>
    </message>
</context>
<context>
    <name>SecurityGate</name>
    <message>
        <source>Host &quot;%1&quot; is not this relay; use http://127.0.0.1:%2 (a name that points here must be allowed explicitly).</source>
        <translation>ホスト「%1」はこのリレーではありません。http://127.0.0.1:%2 を使ってください (ここを指す名前は明示的に許可する必要があります)。</translation>
    </message>
    <message>
        <source>Requests from web pages (Origin &quot;%1&quot;) are refused; allow the origin explicitly if it is yours.</source>
        <translation>Web ページからのリクエスト (Origin &quot;%1&quot;) は拒否されます。自分のオリジンであれば明示的に許可してください。</translation>
    </message>
    <message>
        <source>Requests from web pages (Sec-Fetch-Site &quot;%1&quot;) are refused.</source>
        <translation>Web ページからのリクエスト (Sec-Fetch-Site &quot;%1&quot;) は拒否されます。</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>Cannot open the payload database %1: %2</source>
        <translation>ペイロードデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the payload database %1: %2</source>
        <translation>ペイロードデータベース %1 を準備できません: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The crypto library (libsodium) cannot start.</source>
        <translation>暗号ライブラリ (libsodium) を開始できません。</translation>
    </message>
    <message>
        <source>Try &apos;contextrelay-desktop --help&apos;.</source>
        <translation>&apos;contextrelay-desktop --help&apos; を試してください。</translation>
    </message>
    <message>
        <source>There is no display to show the tray app on; run the relay alone with --headless.</source>
        <translation>トレイアプリを表示するディスプレイがありません。--headless でリレーのみを実行してください。</translation>
    </message>
    <message>
        <source>ContextRelay Desktop is already running; it has been told.</source>
        <translation>ContextRelay Desktop は既に実行中です。実行中のアプリに通知しました。</translation>
    </message>
</context>
</TS>
