namespace Resume.Scoring.Checks;

/// <summary>How a bullet opens: with a strong action verb, a weak phrase ("Responsible for"), or neither.</summary>
internal static class ActionVerbLexicon
{
    /// <summary>Openers that describe a duty or a presence rather than something done.</summary>
    private static readonly string[] WeakOpeners =
    [
        "responsible for", "was responsible", "were responsible", "responsibilities included", "responsibilities", "duties included",
        "duties", "tasks included", "tasked with", "worked on", "worked with", "worked in", "worked as", "working on", "working with",
        "helped", "helping", "help", "assisted", "assisting", "assist", "in charge of", "participated in", "involved in", "was involved",
        "took part in", "part of", "member of", "contributed to", "handled", "did", "was", "were", "exposure to", "familiar with",
        "gained experience", "learned", "i", "my", "various", "some", "also",
    ];

    /// <summary>Common strong verbs beyond the guide's own list; past tense, the form most bullets use.</summary>
    private static readonly string[] StrongVerbs =
    [
        "achieved", "accelerated", "added", "analyzed", "analysed", "architected", "authored", "automated", "boosted", "built",
        "championed", "closed", "coached", "consolidated", "coordinated", "created", "cut", "decreased", "defined", "delivered",
        "deployed", "designed", "developed", "directed", "doubled", "drove", "eliminated", "enabled", "engineered", "established",
        "expanded", "fixed", "founded", "grew", "halved", "improved", "increased", "initiated", "implemented", "integrated",
        "introduced", "launched", "led", "lowered", "managed", "mentored", "migrated", "modernized", "negotiated", "optimized",
        "optimised", "orchestrated", "owned", "pioneered", "planned", "prepared", "produced", "published", "raised", "ran",
        "rebuilt", "redesigned", "reduced", "refactored", "replaced", "resolved", "restructured", "revamped", "rewrote", "saved",
        "scaled", "secured", "set", "shipped", "simplified", "slashed", "spearheaded", "standardized", "streamlined", "taught",
        "tested", "trained", "transformed", "triaged", "tripled", "unified", "upgraded", "won", "wrote", "oversaw", "made",
        "sold", "organized", "organised", "presented", "shortened", "tuned", "instrumented", "hardened", "prototyped", "modeled",
        // Verbs of every field, so "Obtain vitals", "Install panels" or "Audit compliance" is read as the verb it opens with.
        "administered", "advised", "answered", "applied", "assessed", "audited", "balanced", "billed", "booked", "calculated",
        "cared", "charted", "checked", "cleaned", "coded", "collected", "completed", "conducted", "cooked", "counseled",
        "counselled", "counted", "covered", "dispatched", "dispensed", "documented", "drafted", "edited", "educated", "filed",
        "greeted", "hired", "inspected", "installed", "interviewed", "investigated", "issued", "kept", "loaded", "logged",
        "maintained", "marketed", "measured", "monitored", "mopped", "obtained", "operated", "ordered", "packed", "performed",
        "picked", "placed", "posted", "prescribed", "priced", "processed", "programmed", "promoted", "purchased", "reconciled",
        "recorded", "recruited", "referred", "repaired", "reported", "represented", "researched", "responded", "reviewed",
        "scheduled", "screened", "served", "serviced", "shadowed", "simulated", "sourced", "staffed", "stocked", "supervised",
        "surveyed", "sorted", "tracked", "translated", "treated", "tutored", "typed", "used", "verified", "welcomed", "wired",
        "carried", "co-taught", "gave", "held", "bent", "brought", "drew", "fed", "found", "met", "paid", "sent", "spoke", "took", "upheld",
    ];

    private static readonly Dictionary<string, string> IrregularPresent = new(StringComparer.Ordinal)
    {
        ["built"] = "build", ["led"] = "lead", ["ran"] = "run", ["wrote"] = "write", ["rewrote"] = "rewrite", ["set"] = "set",
        ["cut"] = "cut", ["made"] = "make", ["drove"] = "drive", ["grew"] = "grow", ["won"] = "win", ["taught"] = "teach",
        ["sold"] = "sell", ["oversaw"] = "oversee", ["rebuilt"] = "rebuild", ["co-taught"] = "co-teach", ["gave"] = "give",
        ["held"] = "hold", ["kept"] = "keep", ["bent"] = "bend", ["brought"] = "bring", ["drew"] = "draw", ["fed"] = "feed",
        ["found"] = "find", ["met"] = "meet", ["paid"] = "pay", ["sent"] = "send", ["spoke"] = "speak", ["took"] = "take",
        ["upheld"] = "uphold",
    };

    private static readonly Dictionary<string, string> IrregularGerund = new(StringComparer.Ordinal)
    {
        ["built"] = "building", ["led"] = "leading", ["ran"] = "running", ["wrote"] = "writing", ["rewrote"] = "rewriting",
        ["set"] = "setting", ["cut"] = "cutting", ["made"] = "making", ["drove"] = "driving", ["grew"] = "growing",
        ["won"] = "winning", ["taught"] = "teaching", ["sold"] = "selling", ["oversaw"] = "overseeing", ["rebuilt"] = "rebuilding",
        ["shipped"] = "shipping", ["co-taught"] = "co-teaching", ["gave"] = "giving", ["held"] = "holding", ["kept"] = "keeping",
        ["bent"] = "bending", ["brought"] = "bringing", ["drew"] = "drawing", ["fed"] = "feeding", ["found"] = "finding",
        ["met"] = "meeting", ["paid"] = "paying", ["sent"] = "sending", ["spoke"] = "speaking", ["took"] = "taking",
        ["upheld"] = "upholding",
    };

    private static readonly HashSet<string> StrongForms = FormsOf(StrongVerbs);

    /// <summary>Every form of past-tense verbs a bullet may open with: "optimized", "optimize", "optimizes".</summary>
    public static HashSet<string> FormsOf(IEnumerable<string> pastVerbs)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var past in pastVerbs.Select(v => v.ToLowerInvariant()))
        {
            forms.Add(past);
            foreach (var present in PresentForms(past))
            {
                forms.Add(present);
                forms.Add(present + "s");
            }
        }
        return forms;
    }

    /// <summary>Classifies a bullet's opening against the general verbs plus a guide's (<see cref="FormsOf"/>).</summary>
    public static OpenerKind Classify(string bullet, IReadOnlySet<string> guideVerbForms, out string opener)
    {
        var text = WithoutMark(bullet);
        var words = text.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        opener = words.Length > 0 ? words[0] : "";
        if (words.Length == 0)
        {
            return OpenerKind.Neutral;
        }
        var lowered = text.ToLowerInvariant();
        foreach (var weak in WeakOpeners)
        {
            if (lowered.StartsWith(weak, StringComparison.Ordinal)
                && (lowered.Length == weak.Length || !char.IsLetter(lowered[weak.Length])))
            {
                opener = text[..weak.Length];
                return OpenerKind.Weak;
            }
        }
        var first = new string(words[0].Where(c => char.IsLetter(c) || c == '-').ToArray()).Trim('-').ToLowerInvariant();
        return IsStrong(first, guideVerbForms) ? OpenerKind.Strong : OpenerKind.Neutral;
    }

    /// <summary>A bullet without the mark it was written with ("- ", "• ", "> ", "▪ ").</summary>
    public static string WithoutMark(string bullet) => bullet.TrimStart(BulletMarks);

    private static readonly char[] BulletMarks = ['-', '–', '—', '•', '*', '·', '>', '▪', '◦', '‣', '○', '■', '□', '➢', '►', '✓', '→', '+', ' ', '\t'];

    /// <summary>The past tense of a word that opens a bullet as a verb ("obtain", "obtaining" → "Obtained"), from the guide's verbs or the common ones; null for any other word.</summary>
    public static string? PastOf(string word, IEnumerable<string> guideVerbs) =>
        VerbFor(word, guideVerbs) ?? (CommonPast.TryGetValue(word.ToLowerInvariant(), out var common) ? Wording.Capitalise(common) : null);

    /// <summary>Every form of the common verbs to its past tense ("obtaining", "obtain", "obtains" → "obtained"), built once.</summary>
    private static readonly Dictionary<string, string> CommonPast = StrongVerbs
        .SelectMany(past => PresentForms(past).SelectMany(p => new[] { p, p + "s" }).Append(Gerund(past)).Append(past).Select(form => (Form: form, Past: past)))
        .GroupBy(f => f.Form, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Past, StringComparer.Ordinal);

    /// <summary>A strong verb in the past ("Optimized") or present ("Optimize", "Optimizes"), or a regular past tense not known to be weak.</summary>
    private static bool IsStrong(string word, IReadOnlySet<string> guideVerbForms) =>
        word.Length >= 2
        && (guideVerbForms.Contains(word) || StrongForms.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal)));

    private static IEnumerable<string> PresentForms(string past)
    {
        if (IrregularPresent.TryGetValue(past, out var irregular))
        {
            yield return irregular;
        }
        if (past.EndsWith("ied", StringComparison.Ordinal))
        {
            yield return past[..^3] + "y";
        }
        if (past.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return past[..^1];
            yield return past[..^2];
            if (past.Length > 4 && past[^3] == past[^4])
            {
                yield return past[..^3];
            }
        }
    }

    /// <summary>The past-tense verb a word is a form of ("maintaining", "maintain" → "Maintained"), from the given verbs.</summary>
    public static string? VerbFor(string word, IEnumerable<string> pastVerbs)
    {
        var lower = word.ToLowerInvariant();
        return pastVerbs.FirstOrDefault(v => Gerund(v) == lower || PresentForms(v.ToLowerInvariant()).Contains(lower) || v.Equals(lower, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The "-ing" form of a past-tense verb ("Optimized" → "optimizing"), to turn "Responsible for optimizing…" around.</summary>
    public static string Gerund(string past)
    {
        var lower = past.ToLowerInvariant();
        if (IrregularGerund.TryGetValue(lower, out var irregular))
        {
            return irregular;
        }
        return lower.EndsWith("ed", StringComparison.Ordinal) ? lower[..^2] + "ing" : lower + "ing";
    }
}

internal enum OpenerKind
{
    Weak,
    Neutral,
    Strong,
}
