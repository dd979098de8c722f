using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// Says what each figure of a sentence counts and what part it plays: the noun after it ("950 million users"),
    /// the noun phrase it measures ("a fine of 500,000 euros", "user base … reaches 950 million", "the number of
    /// Telegram users has surged to 9.5 billion"), its owner ("Telegram"), its role (level, change, earlier value) and
    /// the words of the sentence that qualify it (time frames, places, segments).
    /// </summary>
    internal static class SubjectFinder
    {
        private static readonly HashSet<string> ChangeNounsAfter = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "rise", "rises", "increase", "increases", "fall", "falls", "drop", "drops", "jump", "growth", "decline", "cut",
            "cuts", "gain", "gains", "hike", "boost", "more", "fewer", "less", "higher", "lower", "up", "down", "improvement",
            "reduction", "surge", "slump", "plunge", "slide", "dip", "leap", "climb", "increase", "fall", "extra", "additional",
        };

        private static readonly HashSet<string> FrequencyAdjectives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "weekly", "monthly", "daily", "yearly", "quarterly", "nightly", "hourly",
        };

        // Participles that modify a counted noun ("registered voters"); any other "-ed" or "-ing" word ends the run
        // ("950 million caused issues").
        private static readonly HashSet<string> ParticipleModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "registered", "paying", "paid", "listed", "insured", "employed", "unemployed", "enrolled", "licensed", "retired",
            "qualified", "skilled", "unskilled", "verified", "subscribed", "returning", "existing", "remaining", "visiting",
        };

        private static readonly HashSet<string> AgentVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "backed", "supported", "approved", "rejected", "opposed", "favoured", "favored", "endorsed", "owned", "held",
            "chosen", "used", "preferred", "read", "watched", "visited", "shared",
        };

        private static readonly HashSet<string> ComparisonWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "compared", "compares", "comparison", "against", "versus", "vs",
        };

        public static void Complete(NumberMentionParser.Scanner scanner, Sentence sentence, List<NumberMention> all, int from)
        {
            if (from >= all.Count) return;
            int first = sentence.FirstToken;
            int end = sentence.EndToken;

            // Tokens that belong to some mention of this sentence; their words are not qualifiers of another.
            var sentenceQualifiers = new List<(int Token, string Word)>();
            for (int k = first; k < end; k++)
            {
                if (!scanner.IsWord(k)) continue;
                var lower = scanner.Lower(k);
                if (QuantityLexicon.Qualifiers.Contains(lower)) sentenceQualifiers.Add((k, lower));
                else if (scanner.IsCapitalised(k))
                {
                    var bare = StripPossessive(scanner.Text(k));
                    if (QuantityLexicon.Places.Contains(bare)) sentenceQualifiers.Add((k, bare.ToLowerInvariant()));
                }
            }

            int openingEnd = OpeningAdverbialEnd(scanner, first, end);

            // Where each qualifier word stands, in token order.
            var qualifierWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var (token, word) in sentenceQualifiers)
            {
                if (!qualifierWords.TryGetValue(word, out var places)) qualifierWords[word] = places = new List<int>();
                places.Add(token);
            }

            // Clause bounds for every token of the sentence, computed once: a run-on sentence of many figures and no
            // commas would otherwise be walked again for each figure (quadratic in its length).
            int length = end - first;
            var clauseStartOf = new int[length];
            var clauseEndOf = new int[length];
            int open = first;
            for (int k = first; k < end; k++)
            {
                clauseStartOf[k - first] = open;
                if (IsClauseBoundary(scanner, k)) open = k + 1;
            }

            int close = end;
            for (int k = end - 1; k >= first; k--)
            {
                if (IsClauseBoundary(scanner, k)) close = k;
                clauseEndOf[k - first] = close;
            }

            // The sentence's years and dates, counted once: each is a time frame of the sentence's other figures.
            var timeFrames = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int o = from; o < all.Count; o++)
            {
                var key = TimeFrameKey(all[o]);
                if (key is not null) timeFrames[key] = timeFrames.TryGetValue(key, out int n) ? n + 1 : 1;
            }

            for (int m = from; m < all.Count; m++)
            {
                var mention = all[m];
                int startTok = scanner.TokenIndexAt(mention.Span.Start);
                int endTok = scanner.TokenIndexAt(mention.Span.End);
                mention.Role = FindRole(scanner, mention, startTok, endTok, first, end);

                int subjectFrom = -1, subjectTo = -1;
                bool attributive = false;
                if (HasSubject(mention.Kind))
                {
                    attributive = FindSubject(scanner, mention, startTok, endTok, first, end, out subjectFrom, out subjectTo);
                }

                // "The 450-bed hospital opened last year": a figure inside a noun phrase is not qualified by its clause.
                if (attributive) continue;

                var qualifiers = new SortedSet<string>(StringComparer.Ordinal);
                int clauseStart = startTok > first ? clauseStartOf[Math.Min(startTok, end - 1) - first] : first;
                int clauseEnd = endTok < end ? clauseEndOf[endTok - first] : end;
                // A bracket right after the figure is its conversion; the clause goes on after it.
                if (clauseEnd < end && scanner.IsPunct(clauseEnd, '('))
                {
                    int bracketClose = clauseEnd + 1;
                    while (bracketClose < end && !scanner.IsPunct(bracketClose, ')') && bracketClose - clauseEnd < 12) bracketClose++;
                    if (bracketClose + 1 < end && scanner.IsPunct(bracketClose, ')')) clauseEnd = clauseEndOf[bracketClose + 1 - first];
                    else if (bracketClose < end && scanner.IsPunct(bracketClose, ')')) clauseEnd = end;
                }

                if (subjectFrom >= 0 && subjectFrom < clauseStart) clauseStart = Math.Max(first, subjectFrom);

                // Only the figure's own clause and an opening adverbial ("For the full year, ...", "In France, ...")
                // qualify it: "X, which has 12,000 members, plans to hire more engineers" says nothing of the members.
                // Each qualifier word is looked up in its own list of places (a few binary searches) rather than every
                // qualifier of the clause walked: a run-on clause of many figures would make that quadratic.
                foreach (var word in qualifierWords)
                {
                    if (HasQualifierIn(word.Value, first, openingEnd, startTok, endTok, subjectFrom, subjectTo)
                        || HasQualifierIn(word.Value, Math.Max(clauseStart, openingEnd), clauseEnd, startTok, endTok, subjectFrom, subjectTo))
                    {
                        qualifiers.Add(word.Key);
                    }
                }

                // Other dates and years of the sentence are time frames ("in 2004", "on August 24").
                // A sentence of many years is a list or a table: one marker stands for all, so that the set stays small.
                var own = TimeFrameKey(mention);
                if (timeFrames.Count > 8) qualifiers.Add("year:many");
                else
                    foreach (var frame in timeFrames)
                        if (frame.Key != own || frame.Value > 1) qualifiers.Add(frame.Key);

                if (mention.Qualifiers.Length > 0) qualifiers.UnionWith(mention.Qualifiers);
                mention.Qualifiers = qualifiers.ToImmutableArray();
            }
        }

        private static string? TimeFrameKey(NumberMention m) =>
            m.Kind == QuantityKind.Year || m.Kind == QuantityKind.Date
                ? m.Date.Year > 0 ? "year:" + m.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "date"
                : null;

        // Whether the word stands at one of its places (token indices, ascending) in [from, to), outside the figure's own
        // tokens and its subject: at most three binary searches, each skipping one of those spans.
        private static bool HasQualifierIn(List<int> places, int from, int to, int startTok, int endTok, int subjectFrom, int subjectTo)
        {
            int i = FirstAtOrAfter(places, from);
            while (i < places.Count && places[i] < to)
            {
                int t = places[i];
                if (t >= startTok && t < endTok) i = FirstAtOrAfter(places, endTok);
                else if (t >= subjectFrom && t < subjectTo) i = FirstAtOrAfter(places, subjectTo);
                else return true;
            }

            return false;
        }

        // The index of the first place at or after a token.
        private static int FirstAtOrAfter(List<int> places, int token)
        {
            int lo = 0, hi = places.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (places[mid] < token) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }

        // Clause boundaries: commas, semicolons, colons, brackets and dashes.
        private static bool IsClauseBoundary(NumberMentionParser.Scanner s, int k) =>
            s.IsPunct(k, ',') || s.IsPunct(k, ';') || s.IsPunct(k, ':') || s.IsPunct(k, '(') || s.IsPunct(k, ')') || s.IsPunct(k, '\u2014')
            || (s.IsPunct(k, '\u2013') && k > 0 && !s.Adjacent(k - 1, k));

        private static readonly HashSet<string> OpeningPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "in", "for", "during", "over", "across", "at", "by", "among", "outside", "within", "after", "before", "since", "of",
            "throughout", "between", "from", "last", "this", "next", "globally", "worldwide", "overall", "domestically", "abroad",
        };

        // The end (exclusive) of an opening adverbial ending in a comma ("For the full year," / "In France,"), or first.
        private static int OpeningAdverbialEnd(NumberMentionParser.Scanner s, int first, int end)
        {
            if (!s.IsWord(first) || !OpeningPrepositions.Contains(s.Lower(first))) return first;
            for (int k = first + 1; k < end && k < first + 8; k++)
                if (s.IsPunct(k, ',')) return k;
            return first;
        }

        private static bool HasSubject(QuantityKind kind) =>
            kind == QuantityKind.Count || kind == QuantityKind.Money || kind == QuantityKind.Percent
            || kind == QuantityKind.Duration || kind == QuantityKind.Measure;

        private static QuantityRole FindRole(NumberMentionParser.Scanner s, NumberMention m, int startTok, int endTok, int first, int end)
        {
            if (m.Kind == QuantityKind.Date || m.Kind == QuantityKind.Year || m.Kind == QuantityKind.Weekday || m.Kind == QuantityKind.Ordinal)
                return QuantityRole.Level;
            int p = startTok - 1;
            if (p >= first && s.IsWord(p))
            {
                var w = s.Lower(p);
                // "backed by 55% of voters" names who backed it, not a change.
                if (w == "by") return p - 1 >= first && s.IsWord(p - 1) && AgentVerbs.Contains(s.Lower(p - 1)) ? QuantityRole.Level : QuantityRole.Change;
                if (w == "from" || w == "than") return QuantityRole.Previous;
                if (w == "with" && p - 1 >= first && s.IsWord(p - 1) && ComparisonWords.Contains(s.Lower(p - 1))) return QuantityRole.Previous;
                if (ComparisonWords.Contains(w)) return QuantityRole.Previous;
                if (QuantityLexicon.ChangeVerbs.Contains(w)) return QuantityRole.Change;
                // "up 27% from", "a further 5%".
                if (w == "further" || w == "another" || w == "extra" || w == "additional") return QuantityRole.Change;
            }

            if (endTok < end && s.IsWord(endTok) && ChangeNounsAfter.Contains(s.Lower(endTok))) return QuantityRole.Change;
            // "a year earlier", "year-earlier", "a year ago" after the figure: an earlier value.
            if (endTok < end && s.IsWord(endTok) && (s.Lower(endTok) == "year-earlier" || s.Lower(endTok) == "earlier")) return QuantityRole.Previous;
            return QuantityRole.Level;
        }

        // Returns whether the figure is a compound adjective inside a noun phrase ("the 8,000-tonne ship").
        private static bool FindSubject(NumberMentionParser.Scanner s, NumberMention m, int startTok, int endTok, int first, int end, out int from, out int to)
        {
            from = to = -1;
            if (TryCompound(s, m, startTok, endTok, end, out from, out to)) return true;
            if (m.Kind == QuantityKind.Measure && TryMeasuredObjectBefore(s, m, startTok, first, out from, out to)) return false;
            string? owner = OwnerBefore(s, startTok, first);

            // 0. "a fine of 500,000 euros", "a deal worth $5m": the noun phrase the figure measures comes first.
            int before = startTok - 1;
            if (before >= first && (s.IsLower(before, "of") || s.IsLower(before, "worth"))
                && TryBackward(s, startTok, first, ref owner, out var measured, out var measuredModifier, out int mf, out int mt, out var measuredModifiers))
            {
                Assign(s, m, measured, measuredModifier, owner, mf, mt, out from, out to);
                m.SubjectSource = SubjectSource.NounPhraseBefore;
                AddModifiers(m, measuredModifiers);
                return false;
            }

            // 1. The noun after the figure: "950 million users", "a $300m settlement", "8% of Google".
            if (TryForward(s, m, endTok, end, ref owner, out var head, out var modifier, out int hf, out int ht))
            {
                Assign(s, m, head, modifier, owner, hf, ht, out from, out to);
                m.SubjectSource = SubjectSource.NounAfter;
                // "The arena will have 340 seats": seats, beds and rooms belong to the thing named before the verb.
                if (m.Owner is null && m.Subject is not null && QuantityLexicon.CountedUnits.Contains(m.Subject))
                    m.Owner = ObjectBefore(s, startTok, first, HoldVerbs);
                return false;
            }

            // 2. The noun phrase before: "a fine of 500,000 euros", "user base, which now reaches 950 million".
            if (TryBackward(s, startTok, first, ref owner, out head, out modifier, out hf, out ht, out var modifiers))
            {
                Assign(s, m, head, modifier, owner, hf, ht, out from, out to);
                m.SubjectSource = SubjectSource.NounPhraseBefore;
                AddModifiers(m, modifiers);
            }

            return false;
        }

        private static readonly HashSet<string> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "near", "outside", "inside", "beside", "along", "above", "below", "beneath", "across", "off", "toward", "towards",
            "past", "via", "opposite", "underneath", "alongside",
        };

        private static readonly HashSet<string> HoldVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "has", "have", "had", "holds", "hold", "held", "seats", "seat", "offers", "offer", "offered", "contains", "contain",
            "provides", "provide", "provided", "boasts", "includes", "include",
        };

        private static readonly HashSet<string> MeasureVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "weighs", "weigh", "weighed", "measures", "measure", "measured", "stretches", "stretch", "stretched", "spans", "span",
            "spanned", "covers", "cover", "covered", "runs", "run", "ran", "stands", "stand", "stood", "is", "was", "be", "will",
            "rises", "rise", "reaches", "reach", "extends", "extend", "displaces", "displace", "length", "height", "weight",
        };

        private static readonly HashSet<string> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "will", "would", "can", "could", "is", "was", "be", "now", "currently", "still", "also", "to",
        };

        // "the 8,000-tonne ship" (a measure of the ship) and "a 3,400-seat arena" (seats of the arena).
        private static bool TryCompound(NumberMentionParser.Scanner s, NumberMention m, int startTok, int endTok, int end, out int from, out int to)
        {
            from = to = -1;
            if (endTok - startTok < 3 || !s.IsWord(endTok - 1) || !s.IsDash(endTok - 2) || !s.Adjacent(endTok - 2, endTok - 1)) return false;
            var unit = s.Lower(endTok - 1);
            bool counted = m.Kind == QuantityKind.Count && QuantityLexicon.CountedUnits.Contains(unit);
            if (m.Kind != QuantityKind.Measure && !counted) return false;
            // The noun the compound modifies: the last of up to two lower-case words ("cargo ship").
            int k = endTok;
            int noun = -1;
            for (int n = 0; n < 2 && k < end && s.IsWord(k) && !s.IsCapitalised(k); n++, k++)
            {
                var w = s.Lower(k);
                if (QuantityLexicon.StopWords.Contains(w) || QuantityLexicon.LinkingVerbs.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal)) break;
                // "the 45-bed hospital opened", "a 96-kilometre pipeline near": the noun ends before a verb or a preposition.
                if (n > 0 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || Prepositions.Contains(w)
                              || (w.EndsWith("s", StringComparison.Ordinal) && !SubjectNormalizer.LooksPlural(s.Lower(k - 1)) && HoldVerbs.Contains(w)))) break;
                if (n == 0 && Prepositions.Contains(w)) break;
                noun = k;
            }

            if (noun < 0) return false;
            var objectKey = SubjectNormalizer.Lemma(s.Lower(noun));
            if (counted)
            {
                m.Subject = SubjectNormalizer.Lemma(unit);
                m.Owner = objectKey;
                m.SubjectSource = SubjectSource.NounAfter;
                m.SubjectSpan = TextSpan.FromBounds(s[endTok - 1].Start, s[endTok - 1].End);
            }
            else
            {
                m.Subject = objectKey;
                m.SubjectSource = SubjectSource.MeasuredObject;
                m.SubjectSpan = TextSpan.FromBounds(s[noun].Start, s[noun].End);
            }

            from = noun;
            to = noun + 1;
            return true;
        }

        // "The ship weighs 800 tonnes", "the pipeline will run for 96 kilometres", "the tower will stand 65 metres tall".
        private static bool TryMeasuredObjectBefore(NumberMentionParser.Scanner s, NumberMention m, int startTok, int first, out int from, out int to)
        {
            from = to = -1;
            int p = startTok - 1;
            if (p >= first && (s.IsLower(p, "for") || s.IsLower(p, "of"))) p--;
            if (p < first || !s.IsWord(p) || !MeasureVerbs.Contains(s.Lower(p))) return false;
            p--;
            while (p >= first && s.IsWord(p) && Auxiliaries.Contains(s.Lower(p))) p--;
            if (p - 1 < first || !s.IsWord(p) || s.IsCapitalised(p) && p != first) return false;
            var w = s.Lower(p);
            if (QuantityLexicon.StopWords.Contains(w) || !IsDefinite(s, p - 1)) return false;
            m.Subject = SubjectNormalizer.Lemma(w);
            m.SubjectSource = SubjectSource.MeasuredObject;
            m.SubjectSpan = TextSpan.FromBounds(s[p].Start, s[p].End);
            from = p;
            to = p + 1;
            return true;
        }

        private static bool IsDefinite(NumberMentionParser.Scanner s, int k) =>
            s.IsLower(k, "the") || s.IsLower(k, "its") || s.IsLower(k, "this") || s.IsLower(k, "that");

        // "the arena will have": the lower-case noun before a verb of holding, after "the" or "its".
        private static string? ObjectBefore(NumberMentionParser.Scanner s, int startTok, int first, HashSet<string> verbs)
        {
            int p = startTok - 1;
            if (p < first || !s.IsWord(p) || !verbs.Contains(s.Lower(p))) return null;
            p--;
            while (p >= first && s.IsWord(p) && Auxiliaries.Contains(s.Lower(p))) p--;
            if (p - 1 < first || !s.IsWord(p) || s.IsCapitalised(p)) return null;
            var w = s.Lower(p);
            if (QuantityLexicon.StopWords.Contains(w) || !IsDefinite(s, p - 1)) return null;
            return SubjectNormalizer.Lemma(w);
        }

        private static void AddModifiers(NumberMention m, List<string> modifiers)
        {
            if (modifiers.Count == 0) return;
            var q = new List<string>(m.Qualifiers);
            q.AddRange(modifiers);
            m.Qualifiers = q.ToImmutableArray();
        }

        private static void Assign(NumberMentionParser.Scanner s, NumberMention m, string head, string? modifier, string? owner, int hf, int ht, out int from, out int to)
        {
            m.Subject = SubjectNormalizer.Normalize(head, modifier);
            m.Owner = owner;
            m.SubjectSpan = TextSpan.FromBounds(s[hf].Start, s[ht - 1].End);
            from = hf;
            to = ht;
        }

        // "Telegram's 950 million users", "Telegram has 950 million users", "Telegram, which now has 950 million users":
        // the name that owns the figure, right before it or as the subject of "has".
        private static string? OwnerBefore(NumberMentionParser.Scanner s, int startTok, int first)
        {
            int p = startTok - 1;
            if (p < first) return null;
            if (s.IsCapitalised(p))
            {
                if (!IsPossessive(s.Text(p))) return null;
                int nameStart = p;
                while (nameStart - 1 >= first && s.IsCapitalised(nameStart - 1) && !NotOwners.Contains(s.Text(nameStart - 1))) nameStart--;
                return NameRun(s, nameStart, p);
            }

            if (!s.IsWord(p) || !HaveVerbs.Contains(s.Lower(p))) return null;
            p--;
            while (p >= first && (s.IsPunct(p, ',') || (s.IsWord(p) && (s.Lower(p) == "which" || s.Lower(p) == "now" || s.Lower(p) == "already" || s.Lower(p) == "that"))))
                p--;
            // "Rivenholt said it has 10,200 members", "Ondara says it now has": the name before the reporting verb.
            if (p - 1 >= first && s.IsWord(p) && (s.Lower(p) == "it" || s.Lower(p) == "they") && s.IsWord(p - 1) && ReportingVerbs.Contains(s.Lower(p - 1)))
                p -= 2;
            if (p < first || !s.IsCapitalised(p)) return null;
            var name = StripPossessive(s.Text(p));
            // "Analysts have": a capitalised plural at the start of a sentence is a common noun.
            if (p == first && SubjectNormalizer.LooksPlural(name)) return null;
            if (NotOwners.Contains(name)) return null;
            int start = p;
            while (start - 1 >= first && s.IsCapitalised(start - 1) && !NotOwners.Contains(s.Text(start - 1))) start--;
            return NameRun(s, start, p);
        }

        private static readonly HashSet<string> HaveVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "has", "have", "had", "boasts", "boasted", "claims", "claimed", "serves", "served", "counts", "employs", "employed",
        };

        private static readonly HashSet<string> ReportingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "said", "says", "reported", "reports", "claims", "claimed", "announced", "announces", "added", "adds", "stated",
        };

        private static readonly HashSet<string> NotOwners = new HashSet<string>(StringComparer.Ordinal)
        {
            "I", "It", "He", "She", "They", "We", "You", "This", "That", "There", "The", "A", "An",
        };

        private static bool TryForward(NumberMentionParser.Scanner s, NumberMention m, int k, int end, ref string? owner,
            out string head, out string? modifier, out int headFrom, out int headTo)
        {
            head = string.Empty;
            modifier = null;
            headFrom = headTo = -1;
            if (k >= end) return false;

            if (m.Kind == QuantityKind.Percent)
            {
                // "8% of search-engine Google", "76% of voters".
                if (!s.IsLower(k, "of")) return false;
                k++;
                while (k < end && s.IsWord(k) && (s.Lower(k) == "the" || s.Lower(k) == "its" || s.Lower(k) == "their" || s.Lower(k) == "all")) k++;
                return ReadNounRun(s, k, end, false, ref owner, out head, out modifier, out headFrom, out headTo);
            }

            if (m.Kind == QuantityKind.Money)
            {
                // Skip a bracketed conversion: "500,000 euros ($555,833) fine" is rare, but "$5m (£3m) deal" is not.
                if (s.IsPunct(k, '('))
                {
                    int close = k + 1;
                    while (close < end && !s.IsPunct(close, ')') && close - k < 12) close++;
                    if (close >= end || !s.IsPunct(close, ')')) return false;
                    k = close + 1;
                }

                return ReadNounRun(s, k, end, false, ref owner, out head, out modifier, out headFrom, out headTo);
            }

            if (m.Kind == QuantityKind.Count)
            {
                // "hundreds of thousands of users" was read up to "of"; "a dozen people"; "four of the players" is not a subject.
                if (s.IsLower(k, "of") && !m.IsRange && m.Hedge != HedgeKind.Vague) return false;
                if (s.IsLower(k, "of")) k++;
                return ReadNounRun(s, k, end, m.High > 1, ref owner, out head, out modifier, out headFrom, out headTo);
            }

            return false;
        }

        // A noun run forward: up to four words, proper nouns taken as owner, stopping at the first plural when one is
        // required ("950 million active users"), else at the last word of the run ("a $300m settlement").
        private static bool ReadNounRun(NumberMentionParser.Scanner s, int k, int end, bool needPlural, ref string? owner,
            out string head, out string? modifier, out int headFrom, out int headTo)
        {
            head = string.Empty;
            modifier = null;
            headFrom = headTo = -1;
            string? previous = null;
            int run = 0;
            string? localOwner = null;
            int firstWord = k;
            for (; k < end && run < 4; k++, run++)
            {
                if (!s.IsWord(k)) break;
                var w = s.Lower(k);
                if (QuantityLexicon.StopWords.Contains(w) || QuantityLexicon.LinkingVerbs.Contains(w) || QuantityLexicon.TimeUnits.ContainsKey(w)) break;
                // "20 billion weekly listeners", "950 million monthly active users": a frequency is a modifier.
                if (FrequencyAdjectives.Contains(w) && k + 1 < end && s.IsWord(k + 1))
                {
                    previous = w;
                    continue;
                }

                if (w.EndsWith("ly", StringComparison.Ordinal)) break;
                // Another number starts another phrase ("0-2 four seasons ago").
                if (NumberWords.SmallCardinal(w) >= 0 || NumberWords.Ordinal(w) > 0 || char.IsDigit(w[0])) break;
                if (s.IsCapitalised(k))
                {
                    // "950 million Kestrel Pay users": the whole name.
                    int nameStart = k;
                    while (k + 1 < end && s.IsCapitalised(k + 1)) k++;
                    localOwner = NameRun(s, nameStart, k);
                    previous = null;
                    continue;
                }

                if (IsPossessive(w)) break;
                if (SubjectNormalizer.LooksPlural(w))
                {
                    head = w;
                    modifier = previous;
                    headFrom = previous is null ? k : k - 1;
                    headTo = k + 1;
                    if (localOwner is not null) owner = localOwner;
                    // "the 420,000 members Pellucid now reports": the name after the noun, before a verb of saying or having.
                    else if (owner is null && k + 1 < end && s.IsCapitalised(k + 1))
                    {
                        int nameEnd = k + 1;
                        while (nameEnd + 1 < end && s.IsCapitalised(nameEnd + 1)) nameEnd++;
                        int v = nameEnd + 1;
                        if (v < end && (s.IsLower(v, "now") || s.IsLower(v, "still"))) v++;
                        if (v < end && s.IsWord(v) && (ReportingVerbs.Contains(s.Lower(v)) || HaveVerbs.Contains(s.Lower(v))))
                            owner = NameRun(s, k + 1, nameEnd);
                    }

                    return true;
                }

                if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))
                {
                    // "registered voters", "paying subscribers": a participle right before a plural noun modifies it.
                    if (!(needPlural && ParticipleModifiers.Contains(w) && k + 1 < end && s.IsWord(k + 1) && !s.IsCapitalised(k + 1) && SubjectNormalizer.LooksPlural(s.Text(k + 1))
                          && !QuantityLexicon.StopWords.Contains(s.Lower(k + 1)) && !QuantityLexicon.LinkingVerbs.Contains(s.Lower(k + 1))))
                        break;
                    previous = w;
                    continue;
                }

                if (!needPlural)
                {
                    head = w;
                    modifier = previous;
                    headFrom = previous is null ? k : k - 1;
                    headTo = k + 1;
                    if (localOwner is not null) owner = localOwner;
                    // A compound: "$300m settlement deal" takes the last noun.
                    if (k + 1 < end && s.IsWord(k + 1) && !s.IsCapitalised(k + 1))
                    {
                        var nextWord = s.Lower(k + 1);
                        if (!QuantityLexicon.StopWords.Contains(nextWord) && !QuantityLexicon.LinkingVerbs.Contains(nextWord)
                            && !nextWord.EndsWith("ly", StringComparison.Ordinal) && !nextWord.EndsWith("ed", StringComparison.Ordinal)
                            && !nextWord.EndsWith("ing", StringComparison.Ordinal) && !QuantityLexicon.TimeUnits.ContainsKey(nextWord)
                            && !IsPossessive(nextWord) && SubjectNormalizer.LooksPlural(nextWord) == false && nextWord.Length > 2
                            && SubjectNormalizer.IsCountCompound(nextWord, w))
                        {
                            head = nextWord;
                            modifier = w;
                            headFrom = k;
                            headTo = k + 2;
                        }
                    }

                    return true;
                }

                previous = w;
            }

            _ = firstWord;
            return false;
        }

        // Backward from the figure: "of" (a fine of), "worth" (a deal worth), "to"/"at" and linking verbs (user base,
        // which now reaches; the number of Telegram users has surged to).
        private static bool TryBackward(NumberMentionParser.Scanner s, int startTok, int first, ref string? owner,
            out string head, out string? modifier, out int headFrom, out int headTo, out List<string> modifiers)
        {
            head = string.Empty;
            modifier = null;
            headFrom = headTo = -1;
            modifiers = new List<string>();
            int p = startTok - 1;
            if (p < first) return false;

            bool linked = false;
            if (s.IsLower(p, "of") || s.IsLower(p, "worth"))
            {
                // "the deal was worth £5m": past the verb to the noun.
                bool worth = s.IsLower(p, "worth");
                p--;
                linked = true;
                while (worth && p >= first && s.IsWord(p) && (s.Lower(p) == "was" || s.Lower(p) == "is" || s.Lower(p) == "are" || s.Lower(p) == "were"
                       || s.Lower(p) == "be" || s.Lower(p) == "been" || s.Lower(p) == "now" || s.Lower(p) == "reportedly"))
                    p--;
            }
            else
            {
                int skipped = 0;
                while (p >= first && skipped < 7)
                {
                    if (s.IsWord(p))
                    {
                        var w = s.Lower(p);
                        if (QuantityLexicon.LinkingVerbs.Contains(w) || (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4 && !s.IsCapitalised(p)) || w == "by" || w == "from")
                        {
                            p--;
                            skipped++;
                            linked = true;
                            continue;
                        }

                        break;
                    }

                    // "profits rose 27% to $284m": the change before the level.
                    if (s.IsNumber(p) && linked)
                    {
                        p--;
                        skipped++;
                        continue;
                    }

                    // ", which now reaches" and ", now at": a comma before a relative clause or an adverb.
                    if (s.IsPunct(p, ',') && p + 1 < startTok && s.IsWord(p + 1)
                        && (s.Lower(p + 1) == "which" || s.Lower(p + 1) == "now" || s.Lower(p + 1) == "currently" || s.Lower(p + 1) == "that"))
                    {
                        p--;
                        skipped++;
                        continue;
                    }

                    break;
                }
            }

            if (!linked || p < first || !s.IsWord(p)) return false;
            // "the subscriber base of Eskervale reached": the name after "of" owns the noun before it.
            string? ofOwner = null;
            if (s.IsCapitalised(p) && p != first)
            {
                int nameStart = p;
                while (nameStart - 1 > first && s.IsCapitalised(nameStart - 1)) nameStart--;
                if (nameStart - 2 >= first && s.IsLower(nameStart - 1, "of") && s.IsWord(nameStart - 2) && !s.IsCapitalised(nameStart - 2)
                    && !QuantityLexicon.StopWords.Contains(s.Lower(nameStart - 2)))
                {
                    ofOwner = NameRun(s, nameStart, p);
                    p = nameStart - 2;
                }
            }

            var headWord = s.Lower(p);
            // "net worth of", "market value of": compounds whose head is a common word on its own.
            bool compound = p - 1 >= first && s.IsWord(p - 1) && SubjectNormalizer.IsCompound(s.Lower(p - 1), headWord);
            if (!compound && (QuantityLexicon.StopWords.Contains(headWord) || QuantityLexicon.LinkingVerbs.Contains(headWord))) return false;
            // A capitalised head is a name ("Google rose to $5bn"), unless it only starts the sentence ("Profits rose").
            if ((s.IsCapitalised(p) && p != first) || IsPossessive(headWord)) return false;
            // "the total reached 500" says nothing of what is counted; "user count to 950M" does.
            if (QuantityLexicon.WholeNouns.Contains(headWord)
                && !(p - 1 >= first && s.IsWord(p - 1) && !s.IsCapitalised(p - 1) && !QuantityLexicon.StopWords.Contains(s.Lower(p - 1))
                     && SubjectNormalizer.IsCountCompound(headWord, s.Lower(p - 1))))
                return false;
            if (QuantityLexicon.TimeUnits.ContainsKey(headWord)) return false;

            head = headWord;
            headFrom = p;
            headTo = p + 1;

            // The rest of the noun phrase, backward: modifiers, a compound's first word, a possessive owner.
            int q = p - 1;
            string? localOwner = null;
            int ownerEnd = -1;
            while (q >= first && p - q <= 5 && s.IsWord(q))
            {
                var w = s.Lower(q);
                if (QuantityLexicon.StopWords.Contains(StripPossessive(w)) || QuantityLexicon.LinkingVerbs.Contains(w)) break;
                if (s.IsCapitalised(q))
                {
                    // "Kestrel Pay's user base": the whole name, read backward from its last word.
                    if (ownerEnd < 0) ownerEnd = q;
                    if (ownerEnd - q > 0 && !s.IsCapitalised(q + 1)) break;
                    localOwner = NameRun(s, q, ownerEnd);
                    q--;
                    continue;
                }

                if (ownerEnd >= 0) break;
                if (IsPossessive(w)) break;
                if (q == p - 1)
                {
                    modifier = w;
                    headFrom = q;
                }
                else if (!QuantityLexicon.NeutralModifiers.Contains(w))
                {
                    modifiers.Add(w);
                }

                q--;
            }

            // A modifier that is not part of a compound is a qualifier of its own ("active users").
            if (modifier is not null && !SubjectNormalizer.IsCountCompound(head, modifier))
            {
                if (!QuantityLexicon.NeutralModifiers.Contains(modifier)) modifiers.Add(modifier);
                modifier = null;
            }

            // "the number of Telegram users": the whole noun before "of" is not a qualifier.
            if (localOwner is not null) owner = localOwner;
            if (ofOwner is not null) owner = ofOwner;
            return true;
        }

        // Lower-cased words from..to joined by spaces, without a possessive ending: "kestrel pay".
        private static string NameRun(NumberMentionParser.Scanner s, int from, int to)
        {
            var name = new System.Text.StringBuilder();
            for (int k = from; k <= to; k++)
            {
                if (name.Length > 0) name.Append(' ');
                name.Append(StripPossessive(s.Text(k)).ToLowerInvariant());
            }

            return name.ToString();
        }

        private static bool IsPossessive(string word) =>
            word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);

        private static string StripPossessive(string word) => IsPossessive(word) ? word.Substring(0, word.Length - 2) : word;
    }
}
