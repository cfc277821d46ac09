using System.Text;
using System.Text.RegularExpressions;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// Items of a simple list section (certificates, awards, languages, publications, references): one per bullet or line,
/// with wrapped lines joined and follow-up lines ("Issued by X", a date alone) kept with their item.
/// </summary>
internal static partial class ListItems
{
    public static List<List<string>> Read(IReadOnlyList<TextLine> lines)
    {
        // A pictograph set beside each item of a designed list ("☁️", "🔷") is decoration: a line of nothing but such
        // signs is no item and no line of one.
        lines = lines.Where(l => l.Text.Any(char.IsLetterOrDigit)).ToList();
        var items = new List<List<string>>();
        TextLine? previous = null;
        var anyBullet = lines.Any(l => l.Bullet);
        // Without bullets, a bold name over a plain line of issuer and date ("AWS Certified Developer" / "Amazon, 2023")
        // is one item: plain lines follow the bold one they stand under.
        var boldNames = !anyBullet && lines.Any(l => l.Bold) && lines.Any(l => !l.Bold && l.Text.Trim().Length > 0);
        var itemDated = false;
        var itemBare = false;
        // Plain lines under a bold name all belong to it, a dates line between them included ("Name" / "October 2023
        // to Present" / "Issuer", as job boards print a certification).
        var itemBold = false;
        // "Oct. 2023: Name, Issuer" line after line: where items open with their dates, a line that opens with one starts
        // an item however full the line above it was, and one that does not carries on the item above.
        var leadingDates = lines.Count(l => OpensWithDate(l.Text)) >= 2 && lines.FirstOrDefault(l => l.Text.Trim().Length > 0) is { } head
            && OpensWithDate(head.Text);
        // Items set apart by more space than the lines of one item (a sidebar's certificates, each wrapped by the narrow
        // column): the tightest pitch in the list is a wrap, a wider one starts the next item however full the line was.
        var tightest = double.MaxValue;
        for (var k = 1; k < lines.Count; k++)
        {
            if (lines[k - 1].HasGeometry && lines[k].Page == lines[k - 1].Page && lines[k].Top > lines[k - 1].Top)
            {
                tightest = Math.Min(tightest, lines[k].Top - lines[k - 1].Top);
            }
        }
        // Lines never closer than about one and a half times their type's size are set apart by space, not by their
        // leading: each is an item of its own however full it runs (a profile export's sidebar list, where a name that
        // wraps does so at its tighter leading).
        var apart = tightest < double.MaxValue && lines.Any(l => l.HasGeometry) && tightest >= 1.6 * lines.Where(l => l.HasGeometry).Max(l => l.FontSize);
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            var spaced = previous is not null && line.HasGeometry && previous.Page == line.Page
                && line.Top - previous.Top > tightest + Math.Max(2, line.FontSize * 0.25);
            var dated = DateParser.Find(text) is not null;
            var opensItem = leadingDates && OpensWithDate(text);
            // "AWS CLF-C02" / "Cloud Practitioner": a line in smaller type right under an item's name, on its left edge,
            // says more of that item (its level, its issuer); the next item's name is set as large as this one's.
            var smallerUnder = !anyBullet && previous is not null && line.HasGeometry && previous.HasGeometry && !spaced
                && previous.Page == line.Page && line.FontSize < previous.FontSize - 0.6 && Math.Abs(line.Left - previous.Left) < 2;
            var followUp = items.Count > 0 && previous is not null && !line.Bullet && !opensItem
                && (IsFollowUp(text) || smallerUnder
                    || !anyBullet && dated && !itemDated && itemBare && !spaced && (!apart || DateAfterSeparator(text))
                    || boldNames && !line.Bold && itemBold && !(dated && itemDated));
            // A line that carries on the one above it in a narrow column (its first word would not have fit there).
            // A name closed by its bracketed acronym ("Life Support (ACLS)") is whole: a capital after it starts the next.
            var closedByAcronym = previous is not null && previous.Text.TrimEnd().EndsWith(')') && char.IsUpper(text[0]);
            var wrappedInColumn = line.HasGeometry && previous is not null && !closedByAcronym && !spaced && !apart && line.Left > previous.Left - 1 && line.Left < previous.Left + 2
                && previous.Segments.Count == 1 && line.Segments.Count == 1
                && (previous.Bullet || !anyBullet) && line.Bold == previous.Bold
                && (EntryReader.IsContinuation(previous, line, true)
                    // A name is not a sentence: "Advanced Cardiovascular Life" / "Support (ACLS)" carries on though its
                    // second line opens with a word that would start an achievement.
                    || !line.Bullet && previous.Right - previous.Left >= 0.7 * (previous.ColumnRight - previous.Left)
                        && previous.Text.TrimEnd() is { Length: > 0 } above && above[^1] is not ('.' or ')')
                        && DateParser.Find(above) is null && DateParser.Find(text) is null && EntryReader.FirstWordWouldNotFit(previous, line));
            // Bold names over plain issuer lines: a bold line under a bold line that nearly filled the column is the
            // rest of the name.
            var nameWrapped = boldNames && line.Bold && previous is { Bold: true, HasGeometry: true } && !dated
                && previous.Right - previous.Left >= 0.7 * (previous.ColumnRight - previous.Left);
            // "* Professional Engineer (PE) (State Board of Registration for" / "  Professional Engineers, 2016)": a
            // bracket the item opened and this line closes carries the item on.
            var closesBracket = items.Count > 0 && Unclosed(items[^1][^1]) > 0 && Unclosed(text) < 0;
            // "… — Cognitive Class (Juin 2025) — ID :" / "6c2fe38db72c…": a line closed by a label's colon goes on with
            // its value on the next line.
            var closesLabel = items.Count > 0 && items[^1][^1].EndsWith(':') && !OpensWithDate(text);
            var wrapped = items.Count > 0 && previous is not null && !line.Bullet && !opensItem
                && (wrappedInColumn || closesBracket || closesLabel || leadingDates && line.Segments.Count == 1 && !IsFollowUp(text) || nameWrapped || char.IsLower(text[0]) && !IsFollowUp(text));
            if (wrapped)
            {
                var last = items[^1];
                var builder = new StringBuilder(last[^1]);
                EntryReader.Join(builder, text);
                last[^1] = builder.ToString();
            }
            else if (followUp)
            {
                items[^1].Add(text);
                itemDated |= dated;
            }
            else
            {
                items.Add([.. line.Segments.Select(s => s.Text.Trim()).Where(s => s.Length > 0)]);
                itemDated = dated;
                itemBold = line.Bold;
                itemBare = line.Segments.Count == 1 && !BareSeparators.Any(sep => text.Contains(sep, StringComparison.Ordinal));
            }
            previous = line;
        }
        return items;
    }

    /// <summary>"Amazon Web Services, 2023", "Coursera | Mar 2021": an issuer's line closed by its date after a separator,
    /// unlike a name that holds a year ("Teachers Summit 2016").</summary>
    private static bool DateAfterSeparator(string text) =>
        DateParser.Find(text) is { } d && (d.Index == 0 || text[..d.Index].TrimEnd() is { Length: > 0 } before && before[^1] is ',' or '|' or '·' or '(' or '-' or '–' or '—' or ':');

    private static int Unclosed(string text) => text.Count(c => c == '(') - text.Count(c => c == ')');

    private static bool OpensWithDate(string text) => DateParser.Find(text.TrimStart()) is { Index: 0 };

    private static readonly string[] BareSeparators = [" — ", " – ", " - ", " | ", " · ", ": ", ", "];

    /// <summary>Lines that only add to the item above: "Issued by …", "Awarded on: …", a date alone.</summary>
    private static bool IsFollowUp(string text)
    {
        if (text.StartsWith("Issued", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Issuer", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Awarded", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Credential", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Expires", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Published", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // "Certificate ID: 24-CTFL4-1334", "Great Learning Academy - Credential ID 43771": the number that proves an item
        // above, with or without its issuer before it.
        return CredentialNumber().IsMatch(text) || IsDetail(text) || DateParser.Find(text) is { } d && DateParser.IsOnlyDate(text, d);
    }

    /// <summary>"Skills: HTML5, CSS3", "Schlüsselkompetenzen: …", "URL: https://…", a link alone: what an item covered
    /// or where to verify it, said under its name and no part of it.</summary>
    public static bool IsDetail(string text) =>
        DetailLabel().IsMatch(text) || ContactParser.Url().Match(text) is { Success: true } link && link.Index == 0 && link.Length == text.Length;

    [GeneratedRegex(@"^(?:url|link|links|verify|verification|skills(?: gained| acquired| covered)?|key skills|keywords|topics(?: covered)?|description|grade|score|schlüsselkompetenzen|kompetenzen|inhalte|themen|compétences(?: acquises)?|competencias|habilidades|competências|contenidos|conteúdo)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DetailLabel();

    [GeneratedRegex(@"\b(?:certificate|credential|certification|license|licence|verification)\s*(?:id|no\.?|number|#|code)\s*[:#]?\s*[\w-]*\d", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialNumber();
}
