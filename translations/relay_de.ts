<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request did not arrive in full within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay could not write to its disk; nothing was stored.</source>
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
        <source>Too many connections; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay::ChannelHub</name>
    <message>
        <source>The relay is shutting down.</source>
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
</context>
<context>
    <name>Relay::RelayServer</name>
    <message>
        <source>The crypto library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening beyond loopback needs API keys: without them anyone on the network could read every payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another relay is already using the data directory %1.</source>
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
        <source>A header name is not a valid token.</source>
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
</TS>
