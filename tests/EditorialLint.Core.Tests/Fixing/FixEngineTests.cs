using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using EditorialLint.Analysis;
using EditorialLint.Core.Tests.Support;
using EditorialLint.Engine;
using EditorialLint.Fixing;
using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Fixing
{
    public class FixEngineTests
    {
        private static readonly LintEngine Engine = new LintEngine(new EditorialRule[] { new ColourRule(), new UtiliseRule(), new ShrinkRunRule() });

        private static System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Lint(SourceDocument document) =>
            Engine.AnalyzeDocument(AnalyzedDocument.Create(document));

        private static string FixText(string text, bool includeUnsafe = false, string path = "a.txt") =>
            FixEngine.Fix(new SourceDocument(path, text), Lint, includeUnsafe).Fixed.Content;

        [Fact]
        public void SafeFixes_AreApplied_UnsafeOnesOnlyWhenAsked()
        {
            FixText("We utilise the colour.").Should().Be("We utilise the color.");
            FixText("We utilise the colour.", includeUnsafe: true).Should().Be("We use the color.");
        }

        [Fact]
        public void OverlappingFixes_AreAppliedOverSeveralPasses_ToAFixedPoint()
        {
            var result = FixEngine.Fix(new SourceDocument("a.txt", "Zxxxxxx and xxxx."), Lint, includeUnsafe: false);
            result.Fixed.Content.Should().Be("Zxx and xx.");
            result.Converged.Should().BeTrue();
            result.Passes.Should().BeGreaterThan(2);
            FixText(result.Fixed.Content).Should().Be(result.Fixed.Content);
        }

        [Fact]
        public void SuppressedFindings_AreNotFixed() =>
            FixText("<!-- editorial-lint disable-next-line EL3901 -->\nThe colour.\nThe colour.\n", path: "a.md")
                .Should().Be("<!-- editorial-lint disable-next-line EL3901 -->\nThe colour.\nThe color.\n");

        [Fact]
        public void MarkdownMarkupInsideAFlaggedSpan_BlocksItsFix() =>
            FixText("The **col**our and the colour.\n", path: "a.md").Should().Be("The **col**our and the color.\n");

        [Fact]
        public void MultiLineReplacements_UseTheDocumentsLineEnding()
        {
            var fixes = new List<TextFix> { new TextFix(new Microsoft.CodeAnalysis.Text.TextSpan(1, 1), "x\ny", true, "t") };
            FixApplier.Apply("a-b\r\nc", fixes, LineEnding.CrLf).Should().Be("ax\r\nyb\r\nc");
        }

        // Documents of clean segments and "colour"s joined by assorted separators: fixing must change exactly the
        // "colour"s, keep every other byte (encoding, BOM, line endings), and a second run must change nothing.
        private static readonly Gen<string> CleanWord = Gen.OneOf(
            Gen.Const("The"), Gen.Const("sky"), Gen.Const("colours"), Gen.Const("café"), Gen.Const("naïve"), Gen.Const("日本"),
            Gen.Const("😀"), Gen.Const("it’s"), Gen.Const("500,000"), Gen.Const("“quoted”"), Gen.Const("tab\there"), Gen.Const("<!-- note -->"));

        private static readonly Gen<string> Separator = Gen.OneOf(
            Gen.Const(" "), Gen.Const(", "), Gen.Const(". "), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("\n\n"), Gen.Const(" — "), Gen.Const("  "));

        private static readonly Gen<(string Segment, bool Fixable)> Segment = Gen.Frequency(
            (4, CleanWord.Select(w => (w, false))),
            (1, Gen.OneOf(Gen.Const("colour"), Gen.Const("Colour")).Select(w => (w, true))));

        private static readonly Gen<(string Before, string After)> Document =
            Gen.Select(Segment.Array[0, 30], Separator.Array[30], Gen.Bool, (segments, separators, trailing) =>
            {
                var before = new StringBuilder();
                var after = new StringBuilder();
                for (int i = 0; i < segments.Length; i++)
                {
                    if (i > 0)
                    {
                        before.Append(separators[i]);
                        after.Append(separators[i]);
                    }

                    before.Append(segments[i].Segment);
                    after.Append(segments[i].Fixable ? segments[i].Segment.Replace("olour", "olor") : segments[i].Segment);
                }

                if (trailing)
                {
                    before.Append('\n');
                    after.Append('\n');
                }

                return (before.ToString(), after.ToString());
            });

        private static readonly Encoding[] Encodings =
        {
            new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true),
        };

        private static byte[] Bytes(string text, Encoding encoding) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        [Fact]
        public void Fix_KeepsEveryByteItDidNotFix_AndIsIdempotent()
        {
            using var dir = new TempDirectory();
            int n = 0;
            Gen.Select(Document, Gen.Int[0, Encodings.Length - 1]).Sample((doc, encodingIndex) =>
            {
                var encoding = Encodings[encodingIndex];
                var path = dir.Full("doc" + (n++) + ".txt");
                File.WriteAllBytes(path, Bytes(doc.Before, encoding));

                var first = FileFixer.FixFile(path, "doc.txt", Lint, includeUnsafe: false, dryRun: false);
                first.Problems.Should().BeEmpty();
                File.ReadAllBytes(path).Should().Equal(Bytes(doc.After, encoding), "fixing must change only the flagged words in:\n" + doc.Before);
                first.Written.Should().Be(doc.Before != doc.After);

                var second = FileFixer.FixFile(path, "doc.txt", Lint, includeUnsafe: false, dryRun: false);
                second.Written.Should().BeFalse("a second --fix must change nothing");
                File.ReadAllBytes(path).Should().Equal(Bytes(doc.After, encoding));
            }, iter: 200);
        }

        [Fact]
        public void FileWithNothingToFix_IsNotTouched()
        {
            using var dir = new TempDirectory();
            var path = dir.Write("a.txt", "The sky.\n");
            var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, stamp);
            var result = FileFixer.FixFile(path, "a.txt", Lint, includeUnsafe: true, dryRun: false);
            result.Written.Should().BeFalse();
            File.GetLastWriteTimeUtc(path).Should().Be(stamp);
        }

        [Fact]
        public void ReadOnlyFile_IsReported_AndLeftAsItWas()
        {
            using var dir = new TempDirectory();
            var path = dir.Write("a.txt", "The colour.\n");
            File.SetAttributes(path, FileAttributes.ReadOnly);
            var result = FileFixer.FixFile(path, "a.txt", Lint, includeUnsafe: false, dryRun: false);
            result.Problems.Select(p => p.Id).Should().Equal("EL9046");
            File.ReadAllText(path).Should().Be("The colour.\n");
        }

        [Fact]
        public void VanishedFile_IsReportedForThatFileOnly()
        {
            using var dir = new TempDirectory();
            var result = FileFixer.FixFile(dir.Full("gone.txt"), "gone.txt", Lint, includeUnsafe: false, dryRun: false);
            result.Problems.Select(p => p.Id).Should().Equal("EL9046");
        }

        [Fact]
        public void FileThatChangedDuringTheFix_IsNotOverwritten()
        {
            using var dir = new TempDirectory();
            var path = dir.Write("a.txt", "The colour.\n");
            AtomicFileWriter.Write(path, Encoding.UTF8.GetBytes("x"), Encoding.UTF8.GetBytes("something else")).Should().Contain("changed");
            File.ReadAllText(path).Should().Be("The colour.\n");
        }

        [Fact]
        public void InvalidUtf8File_IsNeverRewritten()
        {
            using var dir = new TempDirectory();
            var path = dir.Full("a.txt");
            var bytes = Encoding.UTF8.GetBytes("The colour \u00e9.\n").Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
            File.WriteAllBytes(path, bytes);
            var result = FileFixer.FixFile(path, "a.txt", Lint, includeUnsafe: false, dryRun: false);
            result.Problems.Select(p => p.Id).Should().Equal("EL9046");
            File.ReadAllBytes(path).Should().Equal(bytes);
        }

        [Fact]
        public void DryRun_GivesAUnifiedDiff_AndWritesNothing()
        {
            using var dir = new TempDirectory();
            var path = dir.Write("a.txt", "One.\nTwo.\nThe colour.\nFour.\n");
            var result = FileFixer.FixFile(path, "desk/a.txt", Lint, includeUnsafe: false, dryRun: true);
            result.Written.Should().BeFalse();
            File.ReadAllText(path).Should().Be("One.\nTwo.\nThe colour.\nFour.\n");
            result.Diff.Should().Be("--- a/desk/a.txt\n+++ b/desk/a.txt\n@@ -1,4 +1,4 @@\n One.\n Two.\n-The colour.\n+The color.\n Four.\n");
        }

        [Fact]
        public void UnifiedDiff_SplitsDistantChangesIntoHunks_AndMarksAMissingFinalNewline()
        {
            var before = string.Join("\n", Enumerable.Range(1, 20).Select(i => "line " + i));
            var after = before.Replace("line 2\n", "line two\n").Replace("line 20", "line twenty");
            UnifiedDiff.Create("f.txt", before, after).Should().Be(
                "--- a/f.txt\n+++ b/f.txt\n" +
                "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n" +
                "@@ -17,4 +17,4 @@\n line 17\n line 18\n line 19\n-line 20\n\\ No newline at end of file\n+line twenty\n\\ No newline at end of file\n");
        }

        [Fact]
        public void AtomicReplace_WritesANewFile_AndReplacesAnOldOne_LeavingNoTemporaryFile()
        {
            var folder = Path.Combine(Path.GetTempPath(), "el-atomic-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var path = Path.Combine(folder, "report.txt");
                AtomicFileWriter.Replace(path, s => s.Write(Encoding.UTF8.GetBytes("first"), 0, 5)).Should().BeNull();
                AtomicFileWriter.Replace(path, s => s.Write(Encoding.UTF8.GetBytes("second"), 0, 6)).Should().BeNull();
                File.ReadAllText(path).Should().Be("second");
                Directory.GetFiles(folder).Should().ContainSingle();
                AtomicFileWriter.Replace(Path.Combine(folder, "missing", "x.txt"), _ => { }).Should().NotBeNull("a folder that does not exist is reported, not thrown");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
