using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>The short list sections: certificates, awards, publications, languages, interests, references.</summary>
internal static partial class SimpleSections
{
    public static List<Certificate> Certificates(IReadOnlyList<TextLine> lines) =>
        ListItems.Read(lines).SelectMany(SeveralOnOneLine).Select(NamedItemParser.Parse).OfType<NamedItemParser.NamedItem>()
            .Where(i => !IsNoteOrSentence(i.Name))
            .Select(i => new Certificate { Name = i.Name, Issuer = i.By, Date = i.Date, Url = i.Url }).ToList();

    /// <summary>A certificate is a named credential, never a sentence: "References available upon request" closing the
    /// list, or a full-stopped clause of five words or more that names no credential, no number and no level ("Optimised
    /// single processes for one node.", what a course covered, set as a bullet under it) is no certificate.</summary>
    private static bool IsNoteOrSentence(string name)
    {
        var text = name.Trim();
        if (OnRequest().IsMatch(text))
        {
            return true;
        }
        return text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 5 } words
            && !(words[^1].Length <= 5 && char.IsUpper(words[^1][0])) && !text.Any(char.IsDigit) && !Credentials.SaysCertificate(text);
    }

    [GeneratedRegex(@"\b(?:available|provided|furnished)\s+(?:up)?on\s+request\b|^references?\s*(?::|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OnRequest();

    /// <summary>"AWS Solutions Architect | Azure Fundamentals | Docker Certified": three or more names set on one line
    /// between bars or middle dots, none a date, a link or a number, are as many certificates (a name, its issuer and its
    /// date make three parts too, but one of them is the date).</summary>
    private static IEnumerable<IReadOnlyList<string>> SeveralOnOneLine(List<string> item)
    {
        if (item.Count == 1 && OneLineList().Split(item[0]) is { Length: >= 3 } names
            && names.All(n => n.Trim().Length > 1 && DateParser.Find(n) is null && !n.Any(char.IsDigit) && !ContactParser.Url().IsMatch(n)))
        {
            return names.Select(n => (IReadOnlyList<string>)[n.Trim()]);
        }
        return [item];
    }

    [GeneratedRegex(@"\s+[|·]\s+")]
    private static partial Regex OneLineList();

    public static List<Award> Awards(IReadOnlyList<TextLine> lines) =>
        ListItems.Read(lines).Select(NamedItemParser.Parse).OfType<NamedItemParser.NamedItem>()
            .Select(i => new Award { Title = i.Name, Awarder = i.By, Date = i.Date }).ToList();

    public static List<Publication> Publications(IReadOnlyList<TextLine> lines) =>
        ListItems.Read(lines).Select(NamedItemParser.Parse).OfType<NamedItemParser.NamedItem>()
            .Select(i => new Publication { Name = i.Name, Publisher = i.By, ReleaseDate = i.Date, Url = i.Url }).ToList();

    public static List<Reference> References(IReadOnlyList<TextLine> lines)
    {
        var result = new List<Reference>();
        foreach (var item in ListItems.Read(lines))
        {
            var text = string.Join(" ", item);
            var dash = Regex.Match(text, @"\s+[—–-]\s+|:\s+");
            result.Add(dash.Success && dash.Index < 50
                ? new Reference { Name = text[..dash.Index].Trim(), Text = text[(dash.Index + dash.Length)..].Trim() }
                : new Reference { Text = text });
        }
        return result;
    }

    public static List<Interest> Interests(IReadOnlyList<TextLine> lines)
    {
        var result = new List<Interest>();
        foreach (var line in lines)
        {
            var text = line.Text;
            var colon = text.IndexOf(':');
            if (colon is > 0 and < 40)
            {
                result.Add(new Interest { Name = text[..colon].Trim(), Keywords = KeywordSplitter.Split(text[(colon + 1)..]) });
                continue;
            }
            foreach (var segment in line.Segments)
            {
                foreach (var item in KeywordSplitter.Split(segment.Text))
                {
                    result.Add(new Interest { Name = item });
                }
            }
        }
        return result;
    }

    /// <summary>"English (Fluent), Spanish (Native)", "English: Native speaker", "English — Fluent · German — Basic", or a
    /// language on one line and its level on the next.</summary>
    public static List<Language> Languages(IReadOnlyList<TextLine> lines)
    {
        if (UnderBoldNames(lines) is { } described)
        {
            return described;
        }
        var result = new List<Language>();
        var pieces = new List<string>();
        var rated = new List<Language>();
        foreach (var line in lines)
        {
            if (RatedRow(line.Text) is { } row)
            {
                rated.AddRange(row);
                continue;
            }
            foreach (var segment in line.Segments)
            {
                pieces.AddRange(KeywordSplitter.Split(segment.Text));
            }
        }
        if (pieces.Count == 0)
        {
            return rated;
        }
        // A column of languages beside a column of levels, read one column after the other ("Vietnamese", "English",
        // "Native", "Good"): the n-th level is the n-th language's.
        var firstLevel = pieces.FindIndex(IsLevel);
        if (firstLevel > 1 && pieces.Count == 2 * firstLevel && pieces.Skip(firstLevel).All(IsLevel)
            && pieces.Take(firstLevel).All(p => !LanguageWithLevel().IsMatch(p) && !HyphenedLevel().IsMatch(p)))
        {
            return [.. pieces.Take(firstLevel).Select((p, k) => new Language { Name = p, Fluency = pieces[firstLevel + k] })];
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var m = LanguageWithLevel().Match(piece);
            if (m.Success && IsLevel(m.Groups[1].Value) && result.Count > 0 && result[^1].Fluency is null)
            {
                // "English ‖ Fluent (C1)": a level with its grade in brackets rates the language before it.
                result[^1] = result[^1] with { Fluency = piece };
                continue;
            }
            if (m.Success)
            {
                result.Add(new Language { Name = m.Groups[1].Value.Trim(), Fluency = m.Groups[2].Value.Trim() });
                continue;
            }
            // "Português-intermediário", "English-Fluent": a level joined to its language by a bare hyphen. Only a level
            // after it splits the word; "Serbo-Croatian" is one language.
            if (HyphenedLevel().Match(piece) is { Success: true } h && IsLevel(h.Groups[2].Value))
            {
                result.Add(new Language { Name = h.Groups[1].Value.Trim(), Fluency = h.Groups[2].Value.Trim() });
                continue;
            }
            if (IsLevel(piece) && result.Count > 0 && result[^1].Fluency is null)
            {
                result[^1] = result[^1] with { Fluency = piece };
                continue;
            }
            result.Add(new Language { Name = piece });
        }
        // A row of languages over a row of levels ("English | German" / "Fluent | Native").
        var named = result.Where(l => !IsLevel(l.Name ?? "")).ToList();
        var levels = result.Where(l => IsLevel(l.Name ?? "")).ToList();
        if (levels.Count > 0 && named.Count == levels.Count && named.All(l => l.Fluency is null))
        {
            return [.. rated, .. named.Select((l, k) => l with { Fluency = levels[k].Name })];
        }
        return [.. rated, .. result];
    }

    /// <summary>"Nativo: Español, Catalán", "Fluent: English, French": a level as the label of a row of tongues rates
    /// each of them.</summary>
    private static List<Language>? RatedRow(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || !IsLevel(text[..colon]) || HumanLanguages.Contains(text[..colon]))
        {
            return null;
        }
        var level = text[..colon].Trim();
        var items = KeywordSplitter.Split(text[(colon + 1)..]);
        return items.Count > 0 && items.All(HumanLanguages.IsName) ? [.. items.Select(i => new Language { Name = i, Fluency = level })] : null;
    }

    /// <summary>
    /// Each language's name set bold on a line of its own, and under it in the plain type what the person says of it: the
    /// first plain line is its level, in whatever words ("Bilingue", "Trilingue"), the lines after it notes on it ("Lived
    /// in France for four years", "TOEIC: B2"), neither a language of its own.
    /// </summary>
    private static List<Language>? UnderBoldNames(IReadOnlyList<TextLine> lines)
    {
        if (lines.Count < 3 || !lines[0].Bold || !lines.All(l => l.HasGeometry && l.Segments.Count == 1))
        {
            return null;
        }
        var names = lines.Where(l => l.Bold).ToList();
        if (names.Count < 2 || names.Count == lines.Count || names.Count(l => HumanLanguages.Contains(l.Text)) * 2 < names.Count
            || lines.Any(l => !l.Bold && HumanLanguages.Contains(l.Text) && !IsLevel(l.Text)))
        {
            return null;
        }
        var result = new List<Language>();
        foreach (var line in lines)
        {
            if (line.Bold)
            {
                result.AddRange(Languages([new TextLine(line.Segments)]));
            }
            else if (result.Count > 0 && result[^1].Fluency is null)
            {
                result[^1] = result[^1] with { Fluency = line.Text.Trim() };
            }
        }
        return result;
    }

    /// <summary>
    /// An item rated in words after a colon ("Tableau: very good", "SQL: Grundkenntnisse", "German: B2"): the item and
    /// its level, or null. The level is read after the last colon, so a label before the item stays with it; a list
    /// after the colon ("Tools: Jira, Confluence") is items, never a level.
    /// </summary>
    internal static (string Item, string Level)? RatedItem(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0)
        {
            return null;
        }
        var item = text[..colon].Trim();
        var level = text[(colon + 1)..].Trim();
        return item.Length > 0 && level.Length is > 0 and <= 30 && !KeywordSplitter.HasSeparators(level) && IsLevel(level)
            ? (item, level)
            : null;
    }

    internal static bool IsLevel(string text)
    {
        var t = text.ToLowerInvariant();
        if (t.Contains("native") || t.Contains("fluent") || t.Contains("proficien") || t.Contains("intermediate")
            || t.Contains("basic") || t.Contains("beginner") || t.Contains("advanced") || t.Contains("conversational")
            || t.Contains("elementary") || t.Contains("bilingual") || t.Contains("mother tongue") || Cefr().IsMatch(text))
        {
            return true;
        }
        var folded = new string([.. t.Select(Resume.Parsing.Text.Accents.FoldLower)]).Trim().TrimEnd('.');
        return LevelWords.Contains(folded) || LevelStems.Any(folded.StartsWith);
    }

    /// <summary>The whole text is a level and nothing else: a word of judgement, a named level ("Expert", "Basic") or a
    /// CEFR grade.</summary>
    internal static bool IsLevelWord(string text)
    {
        var folded = new string([.. text.ToLowerInvariant().Select(Resume.Parsing.Text.Accents.FoldLower)]).Trim().TrimEnd('.');
        return LevelWords.Contains(folded) || NamedLevels.Contains(folded) || ExactCefr().IsMatch(text.Trim());
    }

    /// <summary>The text is one of the named levels ("Intermediate", "avanzado", "débutant") that say how far along a
    /// person is, not a word of judgement ("good") nor one that also names things ("Native", "Master").</summary>
    internal static bool IsStageLevel(string text)
    {
        var folded = new string([.. text.ToLowerInvariant().Select(Resume.Parsing.Text.Accents.FoldLower)]).Trim().TrimEnd('.', ',', ';');
        return NamedLevels.Contains(folded) && folded is not ("master" or "native" or "basics" or "familiar" or "experienced" or "skilled" or "skillful" or "competent");
    }

    private static readonly HashSet<string> NamedLevels = new(StringComparer.Ordinal)
    {
        "basic", "basics", "beginner", "novice", "elementary", "intermediate", "upper intermediate", "advanced", "expert",
        "master", "proficient", "competent", "fluent", "native", "familiar", "skillful", "skilled", "experienced",
        // The same levels as the CVs of other languages name them, accents dropped: Spanish, Portuguese, French, Italian,
        // German, Dutch, Polish, Czech and Slovak, Turkish.
        "basico", "basica", "intermedio", "intermedia", "avanzado", "avanzada", "experto", "experta",
        "intermediario", "intermediaria", "avancado", "avancada",
        "debutant", "debutante", "intermediaire", "avance", "avancee", "confirme", "confirmee",
        "di base", "avanzato", "avanzata", "esperto", "esperta",
        "fortgeschritten", "fortgeschrittene", "anfanger", "experte", "gevorderd", "goed", "zeer goed",
        "podstawowy", "sredniozaawansowany", "zaawansowany", "zakladni", "zakladny", "pokrocily", "zaciatocnik", "zacatecnik",
        "temel", "orta", "ileri",
    };

    [GeneratedRegex(@"^[ABC][12]$")]
    private static partial Regex ExactCefr();

    /// <summary>A level said in a plain word of judgement ("English  Normal", "German: Good") or in the language the CV
    /// is written in ("intermediário", "courant", "fließend", "родной"): none of these names a language.</summary>
    private static readonly HashSet<string> LevelWords = new(StringComparer.Ordinal)
    {
        "normal", "good", "very good", "excellent", "fair", "limited", "working", "professional", "professional working",
        "full professional", "limited working", "working knowledge", "average", "medium", "high", "low", "moderate",
        "gut", "sehr gut", "gute", "sehr gute", "bom", "boa", "bueno", "buena", "bien", "tres bien", "moyen", "courant",
        "notions", "scolaire", "materna", "lingua materna", "langue maternelle", "lengua materna", "muttersprache",
        "fliessend", "verhandlungssicher", "grundkenntnisse", "ottimo", "buono", "discreto", "scolastico",
    };

    /// <summary>Beginnings of level words in the Romance, Germanic and Slavic languages, accents dropped.</summary>
    private static readonly string[] LevelStems =
    [
        "basic", "basiq", "intermedi", "avanzad", "avancad", "avance", "fluente", "fluid", "nativ", "debutant", "principiante",
        "iniciante", "elemental", "grundlegend", "родн", "свобод", "базов", "средн", "продвинут", "начальн", "разговорн",
    ];

    [GeneratedRegex(@"^(\p{L}{3,20})-(\p{L}[\p{L} ]{2,30})$")]
    private static partial Regex HyphenedLevel();

    [GeneratedRegex(@"^([\p{L} ]{2,30}?)\s*(?:\(|:\s*|\s[—–-]\s*)([^)]+?)\)?$")]
    private static partial Regex LanguageWithLevel();

    [GeneratedRegex(@"\b[ABC][12]\b")]
    private static partial Regex Cefr();
}
