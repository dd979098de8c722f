using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EditorialLint.Cli.Tests.Report
{
    /// <summary>Writes HTML reports through the CLI and reads their embedded data back.</summary>
    internal static class HtmlReport
    {
        /// <summary>Lints <paramref name="paths"/> in <paramref name="folder"/> to an HTML report; returns the page.</summary>
        public static string Write(string folder, string output, params string[] paths)
        {
            var args = paths.Concat(new[] { "--format", "html", "--output", output, "-q" }).ToArray();
            var (code, _, error) = CliRunner.Run(folder, args);
            code.Should().BeOneOf(new[] { 0, 1 }, error);
            return File.ReadAllText(Path.Combine(folder, output));
        }

        /// <summary>The report data the page embeds, inflated when it is compressed.</summary>
        public static JsonElement Data(string page)
        {
            var match = Regex.Match(page, "<script type=\"([^\"]+)\" id=\"report-data\"( data-encoding=\"gzip-base64\")?>(.*?)</script>", RegexOptions.Singleline);
            match.Success.Should().BeTrue("the page embeds its data");
            var body = match.Groups[3].Value;
            if (match.Groups[2].Success)
            {
                using var input = new GZipStream(new MemoryStream(Convert.FromBase64String(body)), CompressionMode.Decompress);
                using var reader = new StreamReader(input, Encoding.UTF8);
                body = reader.ReadToEnd();
            }

            return JsonDocument.Parse(body).RootElement.Clone();
        }

        /// <summary>How many findings the data holds.</summary>
        public static int FindingCount(JsonElement data) =>
            data.GetProperty("articles").EnumerateArray().Sum(a => a.GetProperty("findings").GetArrayLength());

        /// <summary>The opening tags of highlights in rendered article HTML.</summary>
        public static MatchCollection Marks(string html) => Regex.Matches(html, "<mark [^>]*data-rule=\"(EL\\d{4})\"[^>]*>");
    }
}
