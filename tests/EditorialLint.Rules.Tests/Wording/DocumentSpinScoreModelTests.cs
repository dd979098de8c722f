using System;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    /// <summary>
    /// EL2900's document model on texts of our own: copy in an unusual register stays below the threshold, a text run
    /// through a thesaurus spinner is reported, and the score (odds in decibels) keeps rising with the swaps instead of
    /// saturating. Every built-in rule runs, as a user runs them: EL2900 weighs their certain swaps.
    /// </summary>
    public class DocumentSpinScoreModelTests
    {
        private static readonly Lazy<LintEngine> AllRules = new Lazy<LintEngine>(() => new LintEngine(BuiltInRules.CreateAll()));

        // A theatre review in elevated diction: figurative, rare but right words, no swaps.
        private const string TheatreReview =
            "# A Winter's Tale, reborn in glass and shadow\n" +
            "\n" +
            "There is a moment, some forty minutes into this luminous production, when the stage empties and a single lantern\n" +
            "swings above the boards like a slow pendulum. Nothing is said. The silence is almost unbearable, and it is the\n" +
            "most eloquent thing in the evening.\n" +
            "\n" +
            "The director has stripped the play to its bones. Gone are the painted backdrops and the pageantry; in their place\n" +
            "stands a lattice of frosted glass that catches every flicker of candlelight and throws it back, fractured and\n" +
            "trembling, across the faces of the cast. The effect is austere, at times forbidding, yet never cold.\n" +
            "\n" +
            "As the jealous king, the lead gives a performance of ferocious restraint. His rage does not erupt so much as\n" +
            "curdle, and when it finally breaks, the words come out brittle and strange, as though he no longer trusts his\n" +
            "own tongue. Opposite him, the queen is all composure and quiet defiance; her trial scene is a masterclass in\n" +
            "stillness.\n" +
            "\n" +
            "Not everything lands. The pastoral second half sags under a surfeit of whimsy, and the clowning, though deftly\n" +
            "executed, feels bolted on. The famous bear is rendered as a sweep of shadow and a roar from the wings, which is\n" +
            "either inspired or evasive, depending on one's appetite for literalism.\n" +
            "\n" +
            "But the closing scene, in which a statue seems to breathe, is staged with such tenderness that the audience\n" +
            "forgot to applaud until the lights had long faded. It is a rare and lovely thing: a production that trusts its\n" +
            "text, its actors and its audience in equal measure.\n";

        // A short gaming blog post in slang (86 words: the short-text model scores it).
        private const string GamingBlogPost =
            "Okay, so I finally got my hands on the new controller and honestly? It slaps. The triggers have this chunky,\n" +
            "clicky feel that makes racing games way more fun, and the battery lasts forever. My only gripe is the shiny\n" +
            "plastic on the grips, which turns into a fingerprint magnet after about ten minutes. Pairing it with my laptop\n" +
            "was a breeze, though the app kept nagging me to update the firmware. If you are on the fence, grab it on sale\n" +
            "and thank me later.\n";

        // A local news story as written.
        private const string LibraryStory =
            "# Town library to reopen after flood repairs\n" +
            "\n" +
            "The public library on Mill Street will reopen next month after repairs that took almost a year, the council said\n" +
            "on Monday. Water from the river filled the basement last winter and ruined thousands of books, along with the\n" +
            "heating system and most of the computers.\n" +
            "\n" +
            "Staff have spent the past months sorting what could be saved. \"Some of the old maps were beyond help, but we\n" +
            "managed to dry most of the local history collection,\" the head librarian said. \"People have been very patient\n" +
            "with us.\"\n" +
            "\n" +
            "The building will open with longer hours on weekdays and a new children's room on the ground floor. The council\n" +
            "said the work cost about 1.2 million pounds, most of it paid by its insurer, and that the basement will now be\n" +
            "used only for storage.\n" +
            "\n" +
            "Readers who borrowed books before the flood can return them without a fine until the end of the year. The library\n" +
            "also plans a series of talks about the flood and the town's long fight with the river, starting in the spring.\n" +
            "\n" +
            "A local group that raised money for new books said it was glad the wait was over. \"This place matters to a lot\n" +
            "of people who have nowhere else to go during the day,\" its chair said. \"We just want to see the doors open again.\"\n";

        // The same story through a thesaurus spinner: about one content word in six swapped for a neighbour, plus a paragraph.
        private const string LibraryStoryModeratelySpun =
            "# Town library to reopen after flood repairs\n" +
            "\n" +
            "The public library on Mill Street will reopen next month after repairs that took nigh a year, the council aforesaid\n" +
            "on Monday. Water from the river crammed the basement last winter and ruined thousands of books, along with the\n" +
            "heating scheme and most of the computers.\n" +
            "\n" +
            "Staff have spent the past months assorting what could be rescued. \"Some of the old maps were beyond aid, but we\n" +
            "contrived to dry most of the native history collection,\" the head librarian said. \"People have been very forbearing\n" +
            "with us.\"\n" +
            "\n" +
            "The building will open with longer hours on weekdays and a novel children's room on the earth floor. The council\n" +
            "said the work cost approximately 1.2 million pounds, most of it paid by its insurer, and that the basement will now\n" +
            "be employed only for storage.\n" +
            "\n" +
            "Readers who borrowed books before the flood can return them without a nice until the end of the year. The library\n" +
            "also plans a serial of talks about the flood and the town's long brawl with the river, commencing in the spring.\n" +
            "\n" +
            "A native group that lifted money for new books said it was pleased the delay was across. \"This place counts to a\n" +
            "batch of people who have nowhere else to depart during the day,\" its chair said. \"We simply want to see the doors\n" +
            "open afresh.\"\n" +
            "\n" +
            "The council will also take motion on the river bank this summer, and aims to achieve an agreement with farmers\n" +
            "upstream to go away more land for the water at all times of high rain.\n";

        // The same story through a WordNet spinner (`SpinEval spin wordnet`, salt 4): each swapped word replaced by another
        // lemma of its commonest sense, as free spinners do ("cellar", "edifice", "deluge", "computing machines"). Few of
        // these are Moby neighbours of the written word; the WordNet view's own slots carry the evidence.
        private const string LibraryStoryWordNetSpun =
            "# Town library to reopen after flood repairs\n" +
            "\n" +
            "The public library on Mill Street will reopen following month after repairs that took about a year, the council said\n" +
            "on Monday. Water from the river filled the cellar last winter and destroyed thousands of books, along with the\n" +
            "warming system and most of the computing machines.\n" +
            "\n" +
            "Staff have exhausted the past calendar months sorting what could be saved. \"Some of the old maps were beyond assist, but we\n" +
            "managed to dry most of the local history aggregation,\" the head librarian said. \"People have been very patient\n" +
            "with us.\"\n" +
            "\n" +
            "The edifice will open with longer hours on weekdays and a new children's room on the ground floor. The council\n" +
            "said the work cost about 1.2 million pounds, most of it paid by its insurer, and that the basement will now be\n" +
            "used only for storage.\n" +
            "\n" +
            "Readers who borrowed books before the deluge can return them without a fine until the end of the year. The library\n" +
            "also programs a series of negotiation about the deluge and the town's long fight with the river, starting in the spring.\n" +
            "\n" +
            "A local group that raised money for new books said it was glad the wait was over. \"This put matters to a batch\n" +
            "of people who have nowhere else to go during the day,\" its chair said. \"We just want to see the doors open once again.\"\n";

        // The moderately spun story with a further spun sentence, known spinner phrases among its swaps.
        private const string LibraryStoryHeavilySpun =
            LibraryStoryModeratelySpun +
            "It said it would search out the proper balance between new homes and flood defences, in accordance with\n" +
            "engineers, and hold identical checks of the bank every spring.\n";

        private static float Score(string text)
        {
            var document = AnalyzedDocument.FromText("story.md", text);
            return DocumentSpinScoreRule.SpinScore(document, AllRules.Value.AnalyzeDocument(document))!.Value;
        }

        private static float Threshold => ContextModelData.Instance!.Classifier!.DocumentThreshold;

        [Fact]
        public void TheatreReviewInElevatedDiction_IsNotReported() =>
            RuleVerifier.Verify(new DocumentSpinScoreRule(), TheatreReview);

        [Fact]
        public void TheatreReviewInElevatedDiction_ScoresBelowTheThreshold_WithEveryRuleOn() =>
            Score(TheatreReview).Should().BeLessThan(Threshold);

        [Fact]
        public void ShortBlogPostInSlang_IsNotReported()
        {
            var document = AnalyzedDocument.FromText("post.md", GamingBlogPost);
            AllRules.Value.AnalyzeDocument(document).Should().NotContain(d => d.Id == "EL2900");
            Score(GamingBlogPost).Should().BeLessThan(Threshold);
        }

        [Fact]
        public void StoryAsWritten_ScoresBelowEvenOdds() =>
            Score(LibraryStory).Should().BeLessThan(0, "a clean story is likelier clean than spun");

        [Fact]
        public void HeavilySpunStory_IsReportedOnceOnItsFirstLine()
        {
            var findings = AllRules.Value.AnalyzeDocument(AnalyzedDocument.FromText("story.md", LibraryStoryHeavilySpun))
                .Where(d => d.Id == "EL2900").ToList();
            findings.Should().ContainSingle();
            findings[0].Location.GetLineSpan().StartLinePosition.Line.Should().Be(0);
            findings[0].GetMessage(CultureInfo.InvariantCulture).Should().Contain("in decibels");
        }

        [Fact]
        public void StorySpunByAWordNetSpinner_IsReported()
        {
            Score(LibraryStoryWordNetSpun).Should().BeGreaterThan(Threshold);
            AllRules.Value.AnalyzeDocument(AnalyzedDocument.FromText("story.md", LibraryStoryWordNetSpun)).Should().Contain(d => d.Id == "EL2900");
        }

        [Fact]
        public void MoreSwaps_ScoreHigher_TheScoreDoesNotSaturate()
        {
            float clean = Score(LibraryStory), moderate = Score(LibraryStoryModeratelySpun), heavy = Score(LibraryStoryHeavilySpun);
            moderate.Should().BeGreaterThan(clean + 10);
            heavy.Should().BeGreaterThan(moderate + 10);
            heavy.Should().BeGreaterThan(Threshold);
        }
    }
}
