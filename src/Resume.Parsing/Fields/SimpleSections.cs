using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>The short list sections: certificates, awards, publications, languages, interests, references.</summary>
internal static partial class SimpleSections
{
    public static List<Certificate> Certificates(IReadOnlyList<TextLine> lines) =>
        ListItems.Read(lines).Select(NamedItemParser.Parse).OfType<NamedItemParser.NamedItem>()
            .Select(i => new Certificate { Name = i.Name, Issuer = i.By, Date = i.Date, Url = i.Url }).ToList();

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
        var result = new List<Language>();
        var pieces = new List<string>();
        foreach (var line in lines)
        {
            foreach (var segment in line.Segments)
            {
                pieces.AddRange(KeywordSplitter.Split(segment.Text));
            }
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var m = LanguageWithLevel().Match(piece);
            if (m.Success)
            {
                result.Add(new Language { Name = m.Groups[1].Value.Trim(), Fluency = m.Groups[2].Value.Trim() });
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
            return named.Select((l, k) => l with { Fluency = levels[k].Name }).ToList();
        }
        return result;
    }

    private static bool IsLevel(string text)
    {
        var t = text.ToLowerInvariant();
        return t.Contains("native") || t.Contains("fluent") || t.Contains("proficien") || t.Contains("intermediate")
            || t.Contains("basic") || t.Contains("beginner") || t.Contains("advanced") || t.Contains("conversational")
            || t.Contains("elementary") || t.Contains("bilingual") || t.Contains("mother tongue") || Cefr().IsMatch(text);
    }

    [GeneratedRegex(@"^([\p{L} ]{2,30}?)\s*(?:\(|:\s*|\s[—–-]\s*)([^)]+?)\)?$")]
    private static partial Regex LanguageWithLevel();

    [GeneratedRegex(@"\b[ABC][12]\b")]
    private static partial Regex Cefr();
}
