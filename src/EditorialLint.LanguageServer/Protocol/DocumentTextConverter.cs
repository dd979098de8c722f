using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EditorialLint.LanguageServer.Protocol
{
    /// <summary>
    /// Reads a document's text (<c>didOpen</c>, <c>didChange</c>) from the message's bytes straight into its string.
    /// System.Text.Json first unescapes an escaped string (every multi-line text is: its line breaks are <c>\n</c>)
    /// into a pooled buffer as long as the string's bytes, which the pool then keeps (64 MB after a 50 MB document);
    /// this counts the characters first, then writes them once into the string itself. Invalid UTF-8 and lone
    /// surrogates are refused, as System.Text.Json refuses them.
    /// </summary>
    internal sealed class DocumentTextConverter : JsonConverter<string>
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("a document's text must be a string");
            // A value split across buffers, or one without escapes (decoded directly), is read as usual.
            if (reader.HasValueSequence || !reader.ValueIsEscaped) return reader.GetString();
            return Unescape(reader.ValueSpan);
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        /// <summary>The string a JSON string's raw bytes (between the quotes, escapes as written) stand for.</summary>
        /// <exception cref="JsonException">Invalid UTF-8, a malformed escape or a lone surrogate.</exception>
        public static string Unescape(ReadOnlySpan<byte> raw)
        {
            try
            {
                int length = Decode(raw, Span<char>.Empty, count: true);
                return string.Create(length, raw, static (chars, bytes) => Decode(bytes, chars, count: false));
            }
            catch (DecoderFallbackException e)
            {
                throw new JsonException("a document's text is not valid UTF-8: " + e.Message, e);
            }
        }

        // One walk over the bytes: runs between backslashes are UTF-8 (a backslash is never inside a multi-byte
        // sequence), each escape is one UTF-16 unit. Counts the characters, or writes them into `chars`.
        private static int Decode(ReadOnlySpan<byte> raw, Span<char> chars, bool count)
        {
            int written = 0;
            char pendingHigh = '\0';
            while (true)
            {
                int slash = raw.IndexOf((byte)'\\');
                var run = slash < 0 ? raw : raw.Slice(0, slash);
                if (!run.IsEmpty)
                {
                    if (pendingHigh != '\0') throw LoneSurrogate();
                    written += count ? StrictUtf8.GetCharCount(run) : StrictUtf8.GetChars(run, chars.Slice(written));
                }

                if (slash < 0)
                {
                    if (pendingHigh != '\0') throw LoneSurrogate();
                    return written;
                }

                char c = Escaped(raw.Slice(slash), out int used);
                if (char.IsHighSurrogate(c))
                {
                    if (pendingHigh != '\0') throw LoneSurrogate();
                    pendingHigh = c;
                }
                else if (char.IsLowSurrogate(c))
                {
                    if (pendingHigh == '\0') throw LoneSurrogate();
                    pendingHigh = '\0';
                }
                else if (pendingHigh != '\0')
                {
                    throw LoneSurrogate();
                }

                if (!count) chars[written] = c;
                written++;
                raw = raw.Slice(slash + used);
            }
        }

        // The character of the escape at the start of `escape` ("\n", "\u00e9", ...) and how many bytes it takes.
        private static char Escaped(ReadOnlySpan<byte> escape, out int used)
        {
            used = 2;
            if (escape.Length < 2) throw Malformed();
            switch (escape[1])
            {
                case (byte)'"': return '"';
                case (byte)'\\': return '\\';
                case (byte)'/': return '/';
                case (byte)'b': return '\b';
                case (byte)'f': return '\f';
                case (byte)'n': return '\n';
                case (byte)'r': return '\r';
                case (byte)'t': return '\t';
                case (byte)'u':
                    if (escape.Length < 6) throw Malformed();
                    int value = 0;
                    for (int i = 2; i < 6; i++) value = (value << 4) | HexValue(escape[i]);
                    used = 6;
                    return (char)value;
                default:
                    throw Malformed();
            }
        }

        private static int HexValue(byte b)
        {
            if (b >= (byte)'0' && b <= (byte)'9') return b - '0';
            if (b >= (byte)'a' && b <= (byte)'f') return b - 'a' + 10;
            if (b >= (byte)'A' && b <= (byte)'F') return b - 'A' + 10;
            throw Malformed();
        }

        private static JsonException Malformed() => new JsonException("a document's text has a malformed escape");

        private static JsonException LoneSurrogate() => new JsonException("a document's text is not valid UTF-16 (a lone surrogate)");
    }
}
