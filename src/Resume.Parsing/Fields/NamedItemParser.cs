using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>Splits "Name — Issuer — Date", "Name, Issuer (Date)", "Date: Name, Issuer", "Name (Issuer)" into its parts.</summary>
internal static partial class NamedItemParser
{
    /// <param name="Name">What the item is called.</param>
    /// <param name="By">Who issued, awarded or published it.</param>
    /// <param name="Date">YYYY-MM or YYYY.</param>
    public sealed record NamedItem(string Name, string? By, string? Date, string? Url);

    public static NamedItem? Parse(IReadOnlyList<string> pieces)
    {
        string? date = null, url = null;
        var texts = new List<string>();
        foreach (var raw in JoinCutDates(WithAcronymsSpelledOut(pieces)))
        {
            var text = raw.Trim();
            if (ListItems.IsDetail(text))
            {
                // Where to verify it is kept; what it covered is not its name, issuer or date.
                if (ContactParser.Url().Match(text) is { Success: true } verify && verify.Value.Contains('/'))
                {
                    url ??= verify.Value;
                }
                continue;
            }
            var found = ItemDate(text);
            if (found is not null)
            {
                date ??= found.Start ?? found.End;
                text = DateParser.Remove(text, found).Replace(" | ", " — ", StringComparison.Ordinal);
            }
            text = Regex.Replace(text, @"^(?:issued|awarded|published)(?:\s+(?:by|on))?\s*:?\s*", "", RegexOptions.IgnoreCase).Trim();
            var link = ContactParser.Url().Match(text);
            if (link.Success && link.Value.Contains('/'))
            {
                url ??= link.Value;
                text = text.Remove(link.Index, link.Length).Trim().Trim('(', ')', '—', '-', ',').Trim();
            }
            text = TrimUnbalanced(text.Trim().Trim('—', '–', '-', ',', ':', '|').Trim());
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }
        if (texts.Count == 0)
        {
            return null;
        }
        var parts = new List<string>();
        foreach (var t in texts)
        {
            foreach (var part in Separators().Split(t).Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                // "AWS Certified Machine Learning – Specialty": a credential's level after a dash is part of its name,
                // not who issued it.
                if (parts.Count > 0 && CredentialLevel().IsMatch(part))
                {
                    parts[^1] = parts[^1] + " – " + part;
                    continue;
                }
                parts.Add(part);
            }
        }
        var name = DescribedAfterColon(parts[0]);
        string? by = parts.Count > 1 ? parts[1] : null;
        if (by is null)
        {
            var paren = TrailingParen().Match(name);
            // "Excel e Word (curso técnico)", "React (em andamento)": a bracket that opens on a small letter is a remark on
            // the item (its kind, that it is under way), not who issued it: issuers are names. The item is whole.
            var remark = paren.Success && char.IsLower(paren.Groups[1].Value.TrimStart()[0]);
            if (paren.Success && !remark && !IsAcronym(paren.Groups[1].Value))
            {
                by = paren.Groups[1].Value.Trim();
                name = name[..paren.Index].Trim();
            }
            else if (!remark)
            {
                var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
                // "Course mean(mongo, express, angular, nodejs) by Udemy": a comma inside a bracket lists what the bracket
                // holds; it parts no name from its issuer.
                if (comma > 0 && name[(comma + 2)..].Split(' ').Length <= 5 && Unclosed(name[..comma]) <= 0)
                {
                    by = name[(comma + 2)..].Trim();
                    name = name[..comma].Trim();
                }
            }
        }
        return new NamedItem(name, by, date, url);
    }

    /// <summary>"PC Pro Certification: certifies ability to install, manage and repair PC hardware": after a colon, a clause
    /// that opens on a small letter and runs on for words says what the credential covers; it is no part of its name.</summary>
    private static string DescribedAfterColon(string name)
    {
        var colon = name.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 3)
        {
            return name;
        }
        var rest = name[(colon + 2)..].TrimStart();
        return rest.Length > 0 && char.IsLower(rest[0]) && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4
            ? name[..colon].TrimEnd()
            : name;
    }

    private static int Unclosed(string text) => text.Count(c => c == '(') - text.Count(c => c == ')');

    /// <summary>"The Complete 2024 Web Development Bootcamp", "Oracle Cloud Infrastructure 2025 Certified AI Foundations
    /// Associate — Oracle (Août 2025)": a bare year between two words of a name, with no separator before it, is part of
    /// the name; the item's date, if any, is elsewhere on the line.</summary>
    private static DateRange? ItemDate(string text)
    {
        var found = DateParser.Find(text);
        if (found is { Length: 4 } && found.Index >= 2 && found.Index + 5 < text.Length && text[found.Index - 1] == ' '
            && char.IsLetter(text[found.Index - 2]) && text[found.Index + 4] == ' ' && char.IsLetter(text[found.Index + 5]))
        {
            return DateParser.Find(string.Concat(text.AsSpan(0, found.Index), "yyyy", text.AsSpan(found.Index + 4)));
        }
        return found;
    }

    /// <summary>"FHS   Fetal Health Surveillance": an acronym in a cell of its own beside the name it stands for is that
    /// name, shortened; the item is called by the name (with its acronym kept after it), not by the acronym.</summary>
    private static IReadOnlyList<string> WithAcronymsSpelledOut(IReadOnlyList<string> pieces)
    {
        if (pieces.Count < 2 || pieces[0].Trim() is not { } acronym || !IsAcronym(acronym) || !Abbreviates(acronym, pieces[1]))
        {
            return pieces;
        }
        return [$"{pieces[1].Trim()} ({acronym})", .. pieces.Skip(2)];
    }

    /// <summary>The acronym's letters are, in order, initials of the name's words, the first letter the first word's.</summary>
    private static bool Abbreviates(string acronym, string name)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToUpperInvariant).ToList();
        var initials = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0])).ToList();
        if (initials.Count < 2 || letters.Count < 2 || letters[0] != initials[0])
        {
            return false;
        }
        var k = 0;
        foreach (var initial in initials)
        {
            if (k < letters.Count && letters[k] == initial)
            {
                k++;
            }
        }
        return k == letters.Count;
    }

    /// <summary>"Amazon Web Services, Mar" / "2021": a month at the end of one line and its year on the next are one date.</summary>
    private static List<string> JoinCutDates(IReadOnlyList<string> pieces)
    {
        var result = new List<string>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (result.Count > 0 && DateParser.EndsWithMonth(result[^1]) && StartsWithYear().IsMatch(piece.TrimStart()))
            {
                result[^1] = result[^1] + " " + piece.Trim();
                continue;
            }
            result.Add(piece);
        }
        return result;
    }


    [GeneratedRegex(@"^(?:19|20)\d{2}\b")]
    private static partial Regex StartsWithYear();

    /// <summary>Drops a bracket left dangling at either end by a removed date or link, keeping "(CTFL)" whole.</summary>
    private static string TrimUnbalanced(string text)
    {
        while (text.Length > 0)
        {
            var open = text.Count(c => c == '(');
            var close = text.Count(c => c == ')');
            if (text[^1] == '(' || text[^1] == ')' && close > open)
            {
                text = text[..^1].TrimEnd();
            }
            else if (text[0] == ')' || text[0] == '(' && open > close)
            {
                text = text[1..].TrimStart();
            }
            else
            {
                break;
            }
        }
        // "Scientist (MLS) (ASCP Board, 2019)" lost its closing bracket with the date: the bracket still says who
        // issued it, so it is closed again rather than read into the name.
        var lastOpen = text.LastIndexOf('(');
        if (lastOpen > 0 && text.IndexOf(')', lastOpen) < 0 && text.Length - lastOpen > 3)
        {
            text += ")";
        }
        return text;
    }

    private static bool IsAcronym(string text) => text.Length <= 8 && !text.Contains(' ') && text.Count(char.IsUpper) >= 2;

    [GeneratedRegex(@"\s+[—–]\s+|\s+\|\s+|\s+·\s+")]
    private static partial Regex Separators();

    /// <remarks>"Cloud Practitioner", "Data Associate": a level after one word of the field it
    /// certifies is a level too.</remarks>
    [GeneratedRegex(@"^(?:\p{Lu}\p{L}+\s+)?(?:associate|professional|specialty|speciality|expert|foundational|fundamentals|practitioner|advanced|intermediate|level\s*\d+)(?:\s*\([^()]{1,12}\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialLevel();

    [GeneratedRegex(@"\(([^()]{2,60})\)$")]
    private static partial Regex TrailingParen();
}
