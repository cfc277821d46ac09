using System.Text.RegularExpressions;
using Resume.Scoring.Skills;
using Resume.Scoring.Text;

namespace Resume.Scoring.Matching;

/// <summary>
/// Reads a job posting into the skills and keywords it asks for. Section headings ("Requirements", "Nice to have",
/// "Benefits") and phrases on a line ("is a plus", "required") say how much each matters; company blurbs and
/// benefits are skipped. Skills come from the taxonomy; other salient terms (acronyms such as SOC2 or HIPAA,
/// CamelCase product names) are kept as keywords.
/// </summary>
internal static partial class JobPostingReader
{
    private enum Part
    {
        Required,
        Preferred,
        Mentioned,
        Skipped,
    }

    private static readonly (string Phrase, Part Part)[] Headings =
    [
        ("nice to have", Part.Preferred), ("nice-to-have", Part.Preferred), ("preferred", Part.Preferred), ("bonus", Part.Preferred),
        ("pluses", Part.Preferred), ("plus", Part.Preferred), ("desirable", Part.Preferred), ("good to have", Part.Preferred),
        ("extra credit", Part.Preferred), ("great if", Part.Preferred), ("would be great", Part.Preferred), ("ideally", Part.Preferred),
        ("about us", Part.Skipped), ("about the company", Part.Skipped), ("who we are", Part.Skipped), ("benefits", Part.Skipped),
        ("perks", Part.Skipped), ("what we offer", Part.Skipped), ("we offer", Part.Skipped), ("compensation", Part.Skipped),
        ("salary", Part.Skipped), ("equal opportunity", Part.Skipped), ("how to apply", Part.Skipped), ("our values", Part.Skipped),
        ("why join", Part.Skipped), ("life at", Part.Skipped), ("our culture", Part.Skipped), ("hiring process", Part.Skipped),
        ("requirement", Part.Required), ("required", Part.Required), ("must have", Part.Required), ("must-have", Part.Required),
        ("qualifications", Part.Required), ("what you'll need", Part.Required), ("what you need", Part.Required),
        ("what you will need", Part.Required), ("what we're looking for", Part.Required), ("what we are looking for", Part.Required),
        ("you have", Part.Required), ("you bring", Part.Required), ("who you are", Part.Required), ("about you", Part.Required),
        ("skills", Part.Required), ("experience", Part.Required), ("you'll need", Part.Required),
        ("responsibilit", Part.Mentioned), ("what you'll do", Part.Mentioned), ("what you will do", Part.Mentioned),
        ("the role", Part.Mentioned), ("duties", Part.Mentioned), ("day to day", Part.Mentioned), ("in this role", Part.Mentioned),
        ("tech stack", Part.Mentioned), ("our stack", Part.Mentioned),
    ];

    private static readonly string[] PreferredMarkers =
        ["nice to have", "nice-to-have", "preferred", "a plus", "is a plus", "bonus", "ideally", "desirable", "would be great", "good to have", "not required", "optional"];

    private static readonly string[] RequiredMarkers =
        ["required", "must", "you have", "need to have", "strong experience", "proficien", "expert in", "expertise in", "solid experience", "years of experience"];

    private static readonly HashSet<string> NotKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "US", "USA", "UK", "EU", "EMEA", "APAC", "LATAM", "NYC", "SF", "HQ", "CEO", "CTO", "CFO", "COO", "CPO", "VP", "SVP", "HR",
        "PTO", "OK", "FAQ", "BS", "BA", "BSc", "MS", "MSc", "MBA", "PhD", "GPA", "TBD", "ASAP", "EOE", "EEO", "DEI", "ETC", "WFH",
        "OTE", "FTE", "IT", "AM", "PM", "ET", "PT", "CET", "UTC", "GMT", "ID", "JD", "NA", "RSU", "RSUs", "MUST", "NOT", "AND", "OR",
        "THE", "YOU", "WE", "OUR", "ALL", "NEW", "ANY", "FOR", "WITH", "USD", "EUR", "GBP", "LLC", "INC", "LTD", "GmbH", "CV", "KPI",
        "KPIs", "OKR", "OKRs", "TL", "DR", "TLDR", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "iPhone", "LinkedIn", "YouTube", "eg", "ie",
    };

    /// <summary>A posting is a page or two; past this many characters the rest is not read, so no text can cost without bound.</summary>
    internal const int MaxChars = 64 * 1024;

    /// <summary>Posting lines kept per term, to quote as evidence.</summary>
    private const int LinesPerTerm = 3;

    public static IReadOnlyList<PostingTerm> Read(string posting, SkillTaxonomy taxonomy)
    {
        if (posting.Length > MaxChars)
        {
            posting = posting[..MaxChars];
        }
        var terms = new Dictionary<string, (string Name, SkillDefinition? Skill, TermImportance Importance, int Count, int Order, List<string> Lines)>(StringComparer.Ordinal);
        var skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var part = Part.Mentioned;
        var order = 0;

        foreach (var raw in posting.Split('\n'))
        {
            var trimmed = raw.Trim();
            var line = BulletMark().Replace(trimmed, "");
            if (line.Length == 0)
            {
                continue;
            }
            var bulleted = line.Length != trimmed.Length;
            if (!bulleted && HeadingOf(line, taxonomy, out var heading, out var rest))
            {
                part = heading;
                line = rest;
                if (line.Length == 0)
                {
                    continue;
                }
            }
            var tokens = Tokenizer.Tokenize(line);
            if (part == Part.Skipped)
            {
                skipped.UnionWith(tokens.Where(t => t.IsWord).Select(t => t.Text));
                continue;
            }

            var importance = ImportanceOf(line, part);
            var mentions = taxonomy.FindIn(line);
            foreach (var mention in mentions)
            {
                Add(mention.Skill.Name, mention.Skill.Name, mention.Skill, importance, line);
            }
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!IsFreeKeyword(i))
                {
                    continue;
                }
                // Acronyms side by side are one keyword ("PCI DSS"); "APIs" and "API" are one keyword.
                var words = new List<string> { Singular(tokens[i].Text) };
                while (i + 1 < tokens.Count && IsAcronym(tokens[i].Text) && IsFreeKeyword(i + 1) && IsAcronym(tokens[i + 1].Text))
                {
                    words.Add(Singular(tokens[++i].Text));
                }
                var name = string.Join(' ', words);
                Add(name.ToLowerInvariant(), name, null, importance, line);
            }

            bool IsFreeKeyword(int index) =>
                tokens[index].IsWord && IsKeyword(tokens[index].Text) && !mentions.Any(m => tokens[index].Start < m.End && tokens[index].End > m.Start);
        }

        return terms
            .Where(t => t.Value.Skill is not null || !skipped.Contains(t.Value.Name))
            .Select(t => new PostingTerm(t.Key, t.Value.Name, t.Value.Skill, t.Value.Importance, t.Value.Count, t.Value.Order, t.Value.Lines))
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Order)
            .ToList();

        void Add(string key, string name, SkillDefinition? skill, TermImportance importance, string line)
        {
            if (terms.TryGetValue(key, out var term))
            {
                if (term.Lines.Count < LinesPerTerm && !term.Lines.Contains(line))
                {
                    term.Lines.Add(line);
                }
                terms[key] = term with { Importance = (TermImportance)Math.Max((int)term.Importance, (int)importance), Count = term.Count + 1 };
            }
            else
            {
                terms[key] = (name, skill, importance, 1, order++, [line]);
            }
        }
    }

    /// <summary>A short line that names a part of the posting, alone or before a colon ("Requirements:", "Nice to have: Go").</summary>
    private static bool HeadingOf(string line, SkillTaxonomy taxonomy, out Part part, out string rest)
    {
        part = Part.Mentioned;
        rest = "";
        var colon = line.IndexOf(':');
        var head = (colon > 0 ? line[..colon] : line).Trim().TrimEnd('.', '!').ToLowerInvariant();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // "Experience with Go" is a requirement, not a heading: a heading names no skill and no figure.
        var looksLikeHeading = words is > 0 and <= 6 && (colon > 0 || !line.TrimEnd().EndsWith('.'))
            && !head.Any(char.IsDigit) && taxonomy.FindIn(colon > 0 ? line[..colon] : line).Count == 0;
        if (!looksLikeHeading)
        {
            return false;
        }
        foreach (var (phrase, kind) in Headings)
        {
            if (head.Contains(phrase, StringComparison.Ordinal))
            {
                part = kind;
                rest = colon > 0 ? line[(colon + 1)..].Trim() : "";
                return true;
            }
        }
        return false;
    }

    private static TermImportance ImportanceOf(string line, Part part)
    {
        var lower = line.ToLowerInvariant();
        if (PreferredMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal)))
        {
            return TermImportance.Preferred;
        }
        if (part == Part.Required || RequiredMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal)))
        {
            return TermImportance.Required;
        }
        return part == Part.Preferred ? TermImportance.Preferred : TermImportance.Mentioned;
    }

    /// <summary>An acronym (HIPAA, SOC2) or an inner-capital name (PagerDuty, DevSecOps): how products and standards are written.</summary>
    private static bool IsKeyword(string word)
    {
        if (word.Length < 2 || word.Length > 24 || NotKeywords.Contains(word) || !char.IsLetter(word[0]))
        {
            return false;
        }
        var innerCapital = word.Any(char.IsLower) && word.Skip(1).Any(char.IsUpper) && word.All(c => char.IsLetterOrDigit(c) || c == '-');
        return IsAcronym(word) || innerCapital;
    }

    private static bool IsAcronym(string word) =>
        word.Length <= 6 && word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower) && word.All(char.IsLetterOrDigit)
        || AcronymPlural().IsMatch(word);

    private static string Singular(string word) => AcronymPlural().IsMatch(word) ? word[..^1] : word;

    [GeneratedRegex("^[A-Z]{2,}s$")]
    private static partial Regex AcronymPlural();

    [GeneratedRegex(@"^(?:[-*•·▪◦–—]+|\d{1,2}[.)])\s*")]
    private static partial Regex BulletMark();
}
