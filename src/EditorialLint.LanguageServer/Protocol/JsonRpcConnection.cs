using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace EditorialLint.LanguageServer.Protocol
{
    /// <summary>One message read from the client: a request (has an id), a notification, or a response to us.</summary>
    internal sealed class IncomingMessage
    {
        public IncomingMessage(string? method, JsonElement? id, ReadOnlyMemory<byte> parameters)
        {
            Method = method;
            Id = id;
            Params = parameters;
        }

        /// <summary>The method; null for a response.</summary>
        public string? Method { get; }

        /// <summary>The request id; null for a notification.</summary>
        public JsonElement? Id { get; }

        /// <summary>
        /// The params as JSON: a slice of the message's bytes, not a copy (a didOpen's params are the whole document);
        /// empty when the message has none.
        /// </summary>
        public ReadOnlyMemory<byte> Params { get; }

        /// <summary>Whether the params are a JSON object (what every method we handle takes).</summary>
        public bool HasObjectParams => !Params.IsEmpty && Params.Span[0] == (byte)'{';

        public bool IsRequest => Method is not null && Id is not null;

        /// <summary>The params read as <typeparamref name="T"/>.</summary>
        /// <exception cref="JsonException">They do not fit.</exception>
        public T? ReadParams<T>(JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(Params.Span, typeInfo);
    }

    /// <summary>JSON-RPC error codes the server answers with.</summary>
    internal static class JsonRpcErrorCodes
    {
        public const int ParseError = -32700;
        public const int InvalidRequest = -32600;
        public const int MethodNotFound = -32601;
        public const int InvalidParams = -32602;
        public const int InternalError = -32603;
        public const int ServerNotInitialized = -32002;
        public const int RequestCancelled = -32800;
    }

    /// <summary>
    /// The LSP base protocol over two streams: <c>Content-Length</c> framed JSON-RPC 2.0 messages. Written over
    /// System.Text.Json alone (no reflection: every payload type comes with its source-generated
    /// <see cref="JsonTypeInfo{T}"/>), so the host stays NativeAOT-safe. Writes are serialised; reads happen on the
    /// caller's loop.
    /// </summary>
    internal sealed class JsonRpcConnection : IDisposable
    {
        private static readonly byte[] HeaderEnd = { (byte)'\r', (byte)'\n', (byte)'\r', (byte)'\n' };
        private static readonly byte[] ContentLengthName = Encoding.ASCII.GetBytes("Content-Length:");

        private const int MaxMessageLength = 256 * 1024 * 1024;

        private readonly Stream _input;
        private readonly Stream _output;
        private readonly SemaphoreSlim _writeGate = new SemaphoreSlim(1, 1);
        private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pending = new ConcurrentDictionary<long, TaskCompletionSource<JsonElement>>();
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _bufferStart;
        private int _bufferEnd;
        private long _nextRequestId;

        // Bytes already taken from the input that must be read again: after a wrong Content-Length, the part of a
        // body from the next header on.
        private byte[]? _replay;
        private int _replayStart;

        // The last body was not JSON and was reported: the junk after it is part of the same fault, skipped silently.
        private bool _afterBadBody;

        public JsonRpcConnection(Stream input, Stream output)
        {
            _input = input;
            _output = output;
        }

        /// <summary>Reads the next message, or null at the end of the input.</summary>
        /// <exception cref="JsonRpcFramingException">The header or body is not a valid message; the message was skipped.</exception>
        public async Task<IncomingMessage?> ReadAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var body = await ReadFrameAsync(cancellationToken).ConfigureAwait(false);
                if (body is null) return null;

                IncomingMessage? message;
                try
                {
                    message = ReadEnvelope(body);
                }
                catch (JsonException e)
                {
                    _afterBadBody = true;
                    // A wrong Content-Length leaves a cut body or one that runs into the next message: read again from
                    // the next header inside it, so one bad length does not shift every later message.
                    int next = EndOfFirstValue(body);
                    if (next <= 0) next = IndexOfContentLength(body, 1);
                    if (next > 0)
                    {
                        ReadAgain(body, next);
                        throw new JsonRpcFramingException("the message is not valid JSON (wrong Content-Length?); skipped to the next header: " + e.Message);
                    }

                    throw new JsonRpcFramingException("the message is not valid JSON: " + e.Message);
                }

                _afterBadBody = false;
                // Null: a response to one of our requests, handled.
                if (message is not null) return message;
            }
        }

        // Reads the message's members with a forward-only reader over its bytes (which it validates whole, as a parse
        // would): the method and id as values, the params as the slice of the body they occupy. A JSON document of the
        // body would cost as much again as the body (its metadata, then a copy of the params to outlive it), which
        // for a 50 MB didOpen was the difference between the server's peak memory and the command line's. Returns null
        // for a response, which goes to the request waiting for it.
        private IncomingMessage? ReadEnvelope(byte[] body)
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                // Invalid JSON is a framing fault (wrong Content-Length?); valid JSON of another kind is a bad message.
                reader.Skip();
                reader.Read();
                _afterBadBody = false;
                throw new JsonRpcFramingException("the message is not a JSON object");
            }

            string? method = null;
            JsonElement? id = null;
            ReadOnlyMemory<byte> parameters = default, result = default, error = default;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Compared before moving to the value, which may be the whole document.
                int member = reader.ValueTextEquals("method") ? 1 : reader.ValueTextEquals("id") ? 2 : reader.ValueTextEquals("params") ? 3
                    : reader.ValueTextEquals("result") ? 4 : reader.ValueTextEquals("error") ? 5 : 0;
                reader.Read();
                switch (member)
                {
                    case 1:
                        method = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        break;
                    case 2:
                        id = reader.TokenType == JsonTokenType.Number || reader.TokenType == JsonTokenType.String ? JsonElement.ParseValue(ref reader) : null;
                        break;
                    case 3:
                        parameters = ValueBytes(body, ref reader);
                        continue;
                    case 4:
                        result = ValueBytes(body, ref reader);
                        continue;
                    case 5:
                        error = ValueBytes(body, ref reader);
                        continue;
                }

                reader.Skip();
            }

            // Nothing but white space may follow the object: the reader throws on anything else.
            reader.Read();

            if (method is not null) return new IncomingMessage(method, id, parameters);

            // A response to one of our requests.
            if (id is { } responseId && responseId.ValueKind == JsonValueKind.Number && responseId.TryGetInt64(out long key)
                && _pending.TryRemove(key, out var waiter))
            {
                if (!error.IsEmpty)
                {
                    using var parsed = JsonDocument.Parse(error);
                    var root = parsed.RootElement;
                    waiter.TrySetException(new JsonRpcRemoteException(
                        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var em) && em.ValueKind == JsonValueKind.String ? em.GetString() ?? "error" : "error"));
                }
                else if (!result.IsEmpty)
                {
                    using var parsed = JsonDocument.Parse(result);
                    waiter.TrySetResult(parsed.RootElement.Clone());
                }
                else
                {
                    waiter.TrySetResult(default);
                }
            }

            return null;
        }

        // The bytes of the value the reader is on (an object or array whole), leaving the reader at its end.
        private static ReadOnlyMemory<byte> ValueBytes(byte[] body, ref Utf8JsonReader reader)
        {
            int start = (int)reader.TokenStartIndex;
            reader.Skip();
            return body.AsMemory(start, (int)reader.BytesConsumed - start);
        }

        /// <summary>Sends a notification.</summary>
        public Task NotifyAsync<T>(string method, T parameters, JsonTypeInfo<T> typeInfo) =>
            WriteMessageAsync(writer =>
            {
                writer.WriteString("method", method);
                writer.WritePropertyName("params");
                JsonSerializer.Serialize(writer, parameters, typeInfo);
            });

        /// <summary>Answers a request.</summary>
        public Task RespondAsync<T>(JsonElement id, T result, JsonTypeInfo<T> typeInfo) =>
            WriteMessageAsync(writer =>
            {
                writer.WritePropertyName("id");
                id.WriteTo(writer);
                writer.WritePropertyName("result");
                JsonSerializer.Serialize(writer, result, typeInfo);
            });

        /// <summary>Answers a request with a null result.</summary>
        public Task RespondNullAsync(JsonElement id) =>
            WriteMessageAsync(writer =>
            {
                writer.WritePropertyName("id");
                id.WriteTo(writer);
                writer.WriteNull("result");
            });

        /// <summary>Answers a request (or an unreadable message, with a null id) with an error.</summary>
        public Task RespondErrorAsync(JsonElement? id, int code, string message) =>
            WriteMessageAsync(writer =>
            {
                writer.WritePropertyName("id");
                if (id is { } value) value.WriteTo(writer);
                else writer.WriteNullValue();
                writer.WriteStartObject("error");
                writer.WriteNumber("code", code);
                writer.WriteString("message", message);
                writer.WriteEndObject();
            });

        /// <summary>Sends a request to the client and waits for its answer.</summary>
        public async Task<JsonElement> RequestAsync<T>(string method, T parameters, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            long id = Interlocked.Increment(ref _nextRequestId);
            var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = waiter;
            using var registration = cancellationToken.Register(() =>
            {
                if (_pending.TryRemove(id, out var w)) w.TrySetCanceled();
            });
            await WriteMessageAsync(writer =>
            {
                writer.WriteNumber("id", id);
                writer.WriteString("method", method);
                writer.WritePropertyName("params");
                JsonSerializer.Serialize(writer, parameters, typeInfo);
            }).ConfigureAwait(false);
            return await waiter.Task.ConfigureAwait(false);
        }

        /// <summary>Fails every request still waiting for the client (the connection is closing).</summary>
        public void CancelPendingRequests()
        {
            foreach (var key in _pending.Keys)
                if (_pending.TryRemove(key, out var waiter)) waiter.TrySetCanceled();
        }

        public void Dispose() => _writeGate.Dispose();

        private async Task WriteMessageAsync(Action<Utf8JsonWriter> writeBody)
        {
            var body = new ArrayBufferWriter<byte>(1024);
            using (var writer = new Utf8JsonWriter(body))
            {
                writer.WriteStartObject();
                writer.WriteString("jsonrpc", "2.0");
                writeBody(writer);
                writer.WriteEndObject();
            }

            var header = Encoding.ASCII.GetBytes("Content-Length: " + body.WrittenCount.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
            await _writeGate.WaitAsync().ConfigureAwait(false);
            try
            {
                await _output.WriteAsync(header).ConfigureAwait(false);
                await _output.WriteAsync(body.WrittenMemory).ConfigureAwait(false);
                await _output.FlushAsync().ConfigureAwait(false);
            }
            finally
            {
                _writeGate.Release();
            }
        }

        // Reads "Header: value\r\n...\r\n\r\n" then Content-Length bytes of body; null at a clean end of input.
        private async Task<byte[]?> ReadFrameAsync(CancellationToken cancellationToken)
        {
            int headerEnd;
            while ((headerEnd = IndexOfHeaderEnd()) < 0)
            {
                if (_bufferEnd - _bufferStart >= _buffer.Length)
                {
                    _bufferStart = _bufferEnd = 0;
                    throw new JsonRpcFramingException("a message header is longer than 64 KB");
                }

                if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    bool partial = _bufferEnd > _bufferStart;
                    _bufferStart = _bufferEnd = 0;
                    if (partial) throw new JsonRpcFramingException("the input ended inside a message header");
                    return null;
                }
            }

            // Bytes before the header (the rest of a body whose Content-Length was too short) are skipped up to it.
            int headerStart = IndexOfContentLength(_buffer.AsSpan(_bufferStart, headerEnd - _bufferStart), 0);
            if (headerStart > 0 && !StartsWithHeaderLine(_buffer.AsSpan(_bufferStart, headerStart)))
            {
                _bufferStart += headerStart;
                if (_afterBadBody) return await ReadFrameAsync(cancellationToken).ConfigureAwait(false);
                _afterBadBody = true;
                throw new JsonRpcFramingException("skipped " + headerStart.ToString(CultureInfo.InvariantCulture) + " bytes that were not a message header (wrong Content-Length?)");
            }

            var header = Encoding.ASCII.GetString(_buffer, _bufferStart, headerEnd - _bufferStart);
            _bufferStart = headerEnd + HeaderEnd.Length;
            int length = -1;
            foreach (var line in header.Split(new[] { "\r\n" }, StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = line.IndexOf(':');
                if (colon <= 0) continue;
                if (string.Equals(line.Substring(0, colon).Trim(), "Content-Length", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(line.Substring(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
                {
                    length = parsed;
                }
            }

            if (length < 0) throw new JsonRpcFramingException("a message header has no valid Content-Length");
            if (length > MaxMessageLength) throw new JsonRpcFramingException("a message is longer than 256 MB");

            var body = new byte[length];
            int copied = Math.Min(length, _bufferEnd - _bufferStart);
            Buffer.BlockCopy(_buffer, _bufferStart, body, 0, copied);
            _bufferStart += copied;
            while (copied < length)
            {
                int read = await ReadInputAsync(body.AsMemory(copied, length - copied), cancellationToken).ConfigureAwait(false);
                if (read == 0) throw new JsonRpcFramingException("the input ended inside a message body");
                copied += read;
            }

            return body;
        }

        private int IndexOfHeaderEnd()
        {
            int found = _buffer.AsSpan(_bufferStart, _bufferEnd - _bufferStart).IndexOf(HeaderEnd);
            return found < 0 ? -1 : _bufferStart + found;
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            if (_bufferStart > 0)
            {
                Buffer.BlockCopy(_buffer, _bufferStart, _buffer, 0, _bufferEnd - _bufferStart);
                _bufferEnd -= _bufferStart;
                _bufferStart = 0;
            }

            int read = await ReadInputAsync(_buffer.AsMemory(_bufferEnd, _buffer.Length - _bufferEnd), cancellationToken).ConfigureAwait(false);
            _bufferEnd += read;
            return read > 0;
        }

        // Puts body[from..] back in front of what is still unread: the buffer, then any earlier bytes to read again.
        private void ReadAgain(byte[] body, int from)
        {
            int buffered = _bufferEnd - _bufferStart;
            int replayed = _replay is null ? 0 : _replay.Length - _replayStart;
            var again = new byte[body.Length - from + buffered + replayed];
            Buffer.BlockCopy(body, from, again, 0, body.Length - from);
            Buffer.BlockCopy(_buffer, _bufferStart, again, body.Length - from, buffered);
            if (_replay is not null) Buffer.BlockCopy(_replay, _replayStart, again, body.Length - from + buffered, replayed);
            _bufferStart = _bufferEnd = 0;
            _replay = again;
            _replayStart = 0;
        }

        // Reads what must be read again first, then the input.
        private ValueTask<int> ReadInputAsync(Memory<byte> destination, CancellationToken cancellationToken)
        {
            if (_replay is { } replay)
            {
                int count = Math.Min(destination.Length, replay.Length - _replayStart);
                replay.AsSpan(_replayStart, count).CopyTo(destination.Span);
                _replayStart += count;
                if (_replayStart >= replay.Length) _replay = null;
                return new ValueTask<int>(count);
            }

            return _input.ReadAsync(destination, cancellationToken);
        }

        // Where "Content-Length:" (any case) starts at or after `from`, or -1.
        private static int IndexOfContentLength(ReadOnlySpan<byte> bytes, int from)
        {
            for (int i = from; i + ContentLengthName.Length <= bytes.Length; i++)
            {
                int j = 0;
                while (j < ContentLengthName.Length && AsciiLower(bytes[i + j]) == AsciiLower(ContentLengthName[j])) j++;
                if (j == ContentLengthName.Length) return i;
            }

            return -1;
        }

        // Where the first whole JSON value in the body ends (a Content-Length too long takes in the next header), or -1.
        private static int EndOfFirstValue(byte[] body)
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                if (!reader.Read() || !reader.TrySkip()) return -1;
                int end = (int)reader.BytesConsumed;
                return end < body.Length ? end : -1;
            }
            catch (JsonException)
            {
                return -1;
            }
        }

        private static byte AsciiLower(byte value) => value >= (byte)'A' && value <= (byte)'Z' ? (byte)(value + 32) : value;

        // Whether the bytes before Content-Length are whole header lines ("Name: value\r\n"), such as a Content-Type.
        private static bool StartsWithHeaderLine(ReadOnlySpan<byte> before)
        {
            if (before.Length < 2 || before[before.Length - 2] != (byte)'\r' || before[before.Length - 1] != (byte)'\n') return false;
            int colon = before.IndexOf((byte)':');
            if (colon <= 0) return false;
            for (int i = 0; i < colon; i++)
            {
                byte b = before[i];
                bool token = (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'0' && b <= (byte)'9') || b == (byte)'-';
                if (!token) return false;
            }

            return true;
        }
    }

    /// <summary>A message that could not be read; the connection skips it and goes on.</summary>
    internal sealed class JsonRpcFramingException : Exception
    {
        public JsonRpcFramingException(string message)
            : base(message)
        {
        }
    }

    /// <summary>The client answered one of our requests with an error.</summary>
    internal sealed class JsonRpcRemoteException : Exception
    {
        public JsonRpcRemoteException(string message)
            : base(message)
        {
        }
    }
}
