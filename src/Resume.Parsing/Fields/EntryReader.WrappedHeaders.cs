using System.Text;
using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>Pre-passes that put back header cells a narrow column or a tab stop cut: ranges, titles, months and places.</summary>
internal static partial class EntryReader
{
    /// <summary>
    /// "January 2024" / "– November" / "2025": a range spelled out in a narrow ragged-left cell at the right of an
    /// entry's rows wraps down the rows beside its title, its employer and even its first bullet, each piece closing its
    /// row at the cell's right edge. Two or three such pieces that make one range together are the entry's dates, set on
    /// its first row; the rows below keep the rest of their text.
    /// </summary>
    private static bool JoinRangeDownRightCell(List<TextLine> lines, int i)
    {
        var line = lines[i];
        if (line.Segments.Count < 2 || !line.HasGeometry)
        {
            return false;
        }
        var first = line.Segments[^1];
        if (first.Text.Length > 24 || DateParser.Find(first.Text) is { IsRange: true })
        {
            return false;
        }
        var text = first.Text.Trim();
        for (var j = i + 1; j < lines.Count && j <= i + 2; j++)
        {
            var next = lines[j];
            var piece = next.Segments[^1];
            if (!next.HasGeometry || Math.Abs(piece.Right - first.Right) > 2 || piece.Text.Length > 24
                || next.Segments.Count == 1 && piece.Left < first.Left - 2)
            {
                return false;
            }
            text += " " + piece.Text.Trim();
            if (DateParser.Find(text) is { IsRange: true } range && range.Length >= text.Length - 2 && text.IndexOfAny(['–', '—', '-']) > 0)
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), first with { Text = text }];
                line.ResetText();
                for (var k = j; k > i; k--)
                {
                    if (lines[k].Segments.Count == 1)
                    {
                        lines.RemoveAt(k);
                        continue;
                    }
                    lines[k].Segments = [.. lines[k].Segments.Take(lines[k].Segments.Count - 1)];
                    lines[k].ResetText();
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>"2024.05 -" ‖ "now" ‖ "Associate Professor": a range whose end a tab or a gap set into a cell of its own is
    /// one range. Read cell by cell, the end would be taken for the entry's name.</summary>
    private static void JoinRangesCutAcrossCells(List<TextLine> lines)
    {
        foreach (var line in lines)
        {
            for (var k = 0; k + 1 < line.Segments.Count; k++)
            {
                var (cut, end) = (line.Segments[k], line.Segments[k + 1]);
                if (OpenRange().IsMatch(cut.Text.TrimEnd()) && Extraction.Pdf.StackedDates.IsEnd(end.Text.Trim()))
                {
                    line.Segments = [.. line.Segments.Take(k), cut with { Text = cut.Text.TrimEnd() + " " + end.Text.Trim(), Right = Math.Max(cut.Right, end.Right) },
                        .. line.Segments.Skip(k + 2)];
                    line.ResetText();
                }
            }
        }
    }

    /// <summary>
    /// Header cells that wrapped in a narrow column are put back: a range cut after its end month ("November 2023 —
    /// September" / "2024") and a title cut before its last word ("Senior Software" / "Engineer").
    /// </summary>
    private static List<TextLine> JoinWrappedHeaders(List<TextLine> lines)
    {
        // Where the last line joined into a cell beside dates ended: a paragraph may wrap more than once.
        (TextLine Line, double Right)? joined = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (line, next) = (lines[i], lines[i + 1]);
            if (line.Bullet)
            {
                continue;
            }
            if (JoinRangeDownRightCell(lines, i))
            {
                continue;
            }
            var last = line.Segments[^1];
            // "Intern – Meridian Health (May 2024 – Aug" / "2024)": a bracket opened on one line and closed on the next,
            // holding a range only the two lines make together: the line wrapped inside its dates. A wrapped line that
            // opens with the range's dash ("(June 2023" / "– August 2023)") was taken for a dash bullet.
            if (line.Segments.Count == 1 && next.Segments.Count == 1 && Unclosed(line.Text) > 0 && Unclosed(next.Text) < 0
                && (next.Bullet ? "– " : "") + next.Text.Trim() is var closing
                && DateParser.Find(line.Text + " " + closing) is { IsRange: true } whole
                && (DateParser.Find(line.Text) is not { } cut || cut.Length < whole.Length))
            {
                line.Segments = [last with { Text = last.Text.TrimEnd() + " " + closing }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (next.Bullet)
            {
                continue;
            }
            // "Maintenance Technician | Harbour Parking" / "(2021 - 2023)": a line that filled its column in the entries'
            // style pushed its bracketed dates whole onto the next line; they close that line, they are no entry of
            // their own.
            if (DatesWrappedWhole(line, next))
            {
                line.Segments = [last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim(), Right = Math.Max(last.Right, next.Right) }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (WrapsInsideName(line, next))
            {
                line.Segments = [last with { Text = Hyphenation.Join(last.Text.TrimEnd(), next.Text.Trim()) }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            var nextLast = next.Segments[^1];
            if (RunsOnPastOpenEnding(line, next))
            {
                var head = next.Segments[0];
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text.TrimEnd() + " " + head.Text.Trim(), Right = Math.Max(last.Right, head.Right) }, .. next.Segments.Skip(1)];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            // "Clinical Nurse Specialist, Kingfisher Technologies" / "LLC": a legal form is never a line of its own; a
            // narrow column wrapped it off its company's name.
            if (next.Segments.Count == 1 && Places.IsLegalForm(next.Text) && next.Text.Trim().Length <= 6 && line.Bold == next.Bold
                && (!line.HasGeometry || Math.Abs(next.Left - line.Left) < 2))
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim() }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            var year = YearStart().Match(nextLast.Text);
            // A range cut after its dash in a narrow right-hand column ("Jan 2023 –" / "Sep 2025"): the end is below.
            if (line.Segments.Count > 1 && next.Segments.Count > 1 && OpenRange().IsMatch(last.Text)
                && (DateParser.Find(nextLast.Text) is { } end && DateParser.IsOnlyDate(nextLast.Text, end) || PresentWord().IsMatch(nextLast.Text)))
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text + " " + nextLast.Text.Trim() }];
                next.Segments = [.. next.Segments.Take(next.Segments.Count - 1)];
                line.ResetText();
                next.ResetText();
                continue;
            }
            // "Student assistant – Institute of Economic Theory, Policy and History 12/2024 –" / "02/2025" (or "heute"): a
            // title long enough to fill the line pushed the range's end onto a line of its own.
            if (next.Segments.Count == 1 && OpenRange().IsMatch(last.Text.TrimEnd())
                && (DateParser.Find(next.Text) is { IsRange: false } alone && DateParser.IsOnlyDate(next.Text, alone) || PresentWord().IsMatch(next.Text.Trim())))
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim() }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (WrapsInCells(line, next) is { } cells)
            {
                var joinedCells = line.Segments.ToArray();
                foreach (var (cell, piece) in cells)
                {
                    joinedCells[cell] = joinedCells[cell] with { Text = Hyphenation.Join(joinedCells[cell].Text, piece.Text.Trim()) };
                }
                line.Segments = joinedCells;
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (WrapsInDateColumn(line, next))
            {
                var dates = line.Segments[0];
                line.Segments = [dates with { Text = dates.Text + " " + next.Segments[0].Text.Trim() }, .. line.Segments.Skip(1)];
                line.ResetText();
                if (next.Segments.Count == 1)
                {
                    lines.RemoveAt(i + 1);
                }
                else if (CellCarriesOn(line, next))
                {
                    var cell = line.Segments[^1];
                    var rest = string.Join(" ", next.Segments.Skip(1).Select(s => s.Text.Trim()));
                    line.Segments = [.. line.Segments.SkipLast(1), cell with { Text = Hyphenation.Join(cell.Text.TrimEnd(), rest) }];
                    line.ResetText();
                    lines.RemoveAt(i + 1);
                }
                else
                {
                    lines[i + 1] = WithoutFirstCell(next);
                }
                continue;
            }
            // "Kitchen Helper, Capital Pizza, Edmonton, AB, July 2015 — October" / "2017": a line of text wrapped inside
            // the range that closes it, leaving the end's year alone on the next line.
            if (line.Segments.Count == 1 && next.Segments.Count == 1 && year.Success && year.Length == next.Text.Trim().Length
                && DateParser.EndsWithMonth(last.Text) && DateParser.Find(line.Text + " " + year.Value) is { IsRange: true, End: not null } wrapped
                && (DateParser.Find(line.Text) is not { } own || own.Length < wrapped.Length))
            {
                line.Segments = [last with { Text = last.Text.TrimEnd() + " " + year.Value }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            // "GIS INTERN • HARBOUR MAPPING OFFICE • JAN" / "2013 – MAY 2013": a header wrapped between the start's month
            // and its year, the rest of the range alone on the next line in the header's type.
            if (line.Segments.Count == 1 && next.Segments.Count == 1 && line.Bold == next.Bold && DateParser.EndsWithMonth(last.Text)
                && YearStart().IsMatch(next.Text.Trim()) && DateParser.Find(next.Text) is { IsRange: true } tail
                && tail.Length >= next.Text.Trim().Length - 1 && DateParser.Find(line.Text) is null
                && DateParser.Find(line.Text + " " + next.Text.Trim()) is { IsRange: true, Start.Length: 7 })
            {
                line.Segments = [last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim() }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            // "Engineer, Co-founder | May 2011 - June" / "2012": a range cut after its end month, in a cell or in running
            // text, continues with the year at the start of the line below.
            if ((line.Segments.Count > 1 || next.Segments.Count == 1 && OpenRangeToMonth().IsMatch(last.Text)) && DateParser.EndsWithMonth(last.Text) && year.Success)
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text + " " + year.Value.Trim() }];
                var rest = nextLast.Text[year.Length..].Trim();
                next.Segments = rest.Length > 0
                    ? [.. next.Segments.Take(next.Segments.Count - 1), nextLast with { Text = rest }]
                    : [.. next.Segments.Take(next.Segments.Count - 1)];
                line.ResetText();
                next.ResetText();
                if (next.Segments.Count == 0)
                {
                    lines.RemoveAt(i + 1);
                }
                continue;
            }
            if (WrapsBeforeDates(line, next, joined is { } j && j.Line == line ? j.Right : null))
            {
                joined = (line, next.Right);
                var cell = line.Segments[^2];
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 2), cell with { Text = Hyphenation.Join(cell.Text, next.Text.Trim()) }, last];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (WrapsCommaHeader(lines, i))
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim() }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                continue;
            }
            var first = line.Segments[0];
            if (next.Segments.Count == 1 && !next.Text.Contains(' ') && line.Segments.Count > 1
                && first.Text.Contains(' ') && RoleWords.TitleScore(first.Text) > -0.5
                && RoleWords.TitleScore(first.Text + " " + next.Text) > 0.5
                && Math.Abs(next.Left - line.Left) < 2 && DateParser.Find(next.Text) is null
                && RoleWords.EndsWithHead(first.Text + " " + next.Text) && !RoleWords.EndsWithHead(first.Text))
            {
                line.Segments = [first with { Text = first.Text + " " + next.Text }, .. line.Segments.Skip(1)];
                line.ResetText();
                lines.RemoveAt(i + 1);
            }
        }
        return lines;
    }

    /// <summary>
    /// "Software Engineer, Heron Technologies, Valencia, Comunidad" / "Valenciana": a header that runs its pieces together
    /// with commas and fills its column to the right edge wraps its last words onto a line of their own, which would read
    /// as a second header line (an employer or a place). The carried-over words are few, in the header's own type, with
    /// no date, and the entry's items follow them. The header need not reach the edge: it wrapped if the next line's first
    /// word would not have fitted in the room left ("…, Harrow &amp; Pendle Germany" / "GmbH, Essen").
    /// </summary>
    private static bool WrapsCommaHeader(List<TextLine> lines, int i)
    {
        var (line, next) = (lines[i], lines[i + 1]);
        var last = line.Segments[^1];
        var tail = last.Text.TrimEnd();
        if (!line.HasGeometry || !next.HasGeometry || next.Page != line.Page || next.Segments.Count != 1 || line.ColumnRight <= 0
            || !tail.Contains(", ") || tail.Length == 0 || !(char.IsLetter(tail[^1]) || tail[^1] == ',' && UnderDatedCell(line, next))
            || line.Right < line.ColumnRight - 0.5 * line.FontSize && !FirstWordWouldNotFit(line, next)
                && !(UnderDatedCell(line, next) && FirstWordWouldNotFit(line, next, under: true))
            || Math.Abs(next.FontSize - line.FontSize) > 0.5 || next.Top - line.Top > 1.8 * line.FontSize || next.Bold != line.Bold)
        {
            return false;
        }
        var text = next.Text.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var itemsFollow = i + 2 >= lines.Count || lines[i + 2].Bullet;
        if (UnderDatedCell(line, next))
        {
            // "2020 - Present ‖ Advance Nurse Scholar, Winship Cancer Institute, Emory University" over "Hospital, Atlanta,
            // Georgia" at the cell's tab stop: the cell beside the dates wrapped its employer and town, and the next
            // entry's dates (or the section's end) follow, with no items between.
            // A cell that broke after a comma ("Emory Healthcare," / "Atlanta, Georgia") wrapped between two of its fields.
            var cell = last.Left;
            var nextEntry = i + 2 >= lines.Count || itemsFollow || OpensWithDates(lines[i + 2]);
            return nextEntry && words.Length <= 6 && char.IsUpper(text[0]) && !text.Any(char.IsDigit) && !text.EndsWith('.')
                && DateParser.Find(text) is null && next.Right < cell + 0.75 * (line.ColumnRight - cell);
        }
        return itemsFollow && words.Length <= 3 && char.IsUpper(text[0]) && !text.Any(char.IsDigit)
            && DateParser.Find(text) is null && next.Right < line.Left + 0.5 * (line.ColumnRight - line.Left);
    }

    /// <summary>A line of dates in their own cell and the entry's text beside them, and under it a line starting at that
    /// text's left: the text cell's next line.</summary>
    private static bool UnderDatedCell(TextLine line, TextLine next) =>
        line.Segments.Count == 2 && DateParser.Find(line.Segments[0].Text) is { } dates && DateParser.IsOnlyDate(line.Segments[0].Text, dates)
        && Math.Abs(next.Left - line.Segments[1].Left) <= 3;

    /// <summary>A line whose first cell holds only dates: an entry of a dated list begins there.</summary>
    private static bool OpensWithDates(TextLine line) =>
        line.Segments.Count >= 2 && DateParser.Find(line.Segments[0].Text) is { } dates && DateParser.IsOnlyDate(line.Segments[0].Text, dates);

    /// <summary>
    /// "Chercheur postdoctoral — Institut de Chimie Analytique et Réactivité Moléculaire en" over "Normandie (CARMEN), France
    /// ‖ avr. 2024 – nov. 2024", "2019 ‖ Helga und Alois Bohnert Vermögens- und" over "Immobilienverwaltung": an entry's
    /// line that ends on a word needing another after it was wrapped by its column, and the next line's first cell
    /// finishes it. Only lines of an entry's header (one of the two holds dates), the next starting where the cell did.
    /// </summary>
    private static bool RunsOnPastOpenEnding(TextLine line, TextLine next)
    {
        var (last, head) = (line.Segments[^1], next.Segments[0]);
        if (next.Bullet || head.FromMargin || !OpenEnding.EndsOnWord(last.Text) || head.Text.Trim() is not { Length: > 0 } rest
            || DateParser.Find(line.Text) is null && DateParser.Find(next.Text) is null
            || DateParser.Find(rest) is { } d && DateParser.IsOnlyDate(rest, d) || IsSentence(line.Text))
        {
            return false;
        }
        if (line.HasGeometry != next.HasGeometry)
        {
            return false;
        }
        // Under the cell, in its face, not in larger type: the same paragraph carried on.
        return !line.HasGeometry
            || Math.Abs(head.Left - last.Left) <= 3 && Face.Of(head) == Face.Of(last) && next.FontSize <= line.FontSize + 0.5
            || line.Segments.Count == 1 && Math.Abs(head.Left - line.Left) <= 3 && next.FontSize <= line.FontSize + 0.5
                && line.ColumnRight > 0 && line.Right >= line.ColumnRight - 0.15 * (line.ColumnRight - line.Left);
    }

    /// <summary>
    /// A long name wrapped in the middle, set tight under its first line in the same type: "Institute for Measurement and
    /// Control Engineering (Leibniz" / "Universität Hannover)" closes on the second line the bracket the first opened,
    /// and "Ministry of Environment (MECCNAR)-" / "Central Project Coordination Unit" breaks at the dash that joins its
    /// parts. Neither line is a whole line of an entry.
    /// </summary>
    private static bool WrapsInsideName(TextLine line, TextLine next)
    {
        if (line.Segments.Count != 1 || next.Segments.Count != 1 || line.Bold != next.Bold || next.Text.Trim() is not { Length: > 0 and <= 60 } rest
            || DateParser.Find(line.Text) is not null || DateParser.Find(next.Text) is not null)
        {
            return false;
        }
        if (line.HasGeometry && (!next.HasGeometry || next.Page != line.Page || Math.Abs(next.FontSize - line.FontSize) > 0.5
            || Math.Abs(next.Left - line.Left) > 3 || next.Top - line.Bottom > line.FontSize))
        {
            return false;
        }
        var text = line.Text.TrimEnd();
        var tight = !line.HasGeometry || next.Top - line.Bottom <= 0.5 * line.FontSize;
        var closesBracket = Unclosed(text) > 0 && Unclosed(rest) < 0;
        var breaksAtDash = text.Length > 2 && text[^1] == '-' && text[^2] is ')' or ']' && char.IsUpper(rest[0]);
        return tight && (closesBracket || breaksAtDash) || RunsOnInLowerCase(line, next);
    }

    /// <summary>"Doradca ds wdrażania Konwencji praw osób z" / "niepełnosprawnością": a title set large on a narrow
    /// column runs onto a second line in its own type, in lower case, with a word too long for the first line's end.
    /// At the line pitch of that type; only on the page, where the column's edge is known.</summary>
    private static bool RunsOnInLowerCase(TextLine line, TextLine next) =>
        line.HasGeometry && line.Bold && Words.StartsInLowerCase(next.Text) && !line.Text.TrimEnd().EndsWith('.')
        && FirstWordWouldNotFit(line, next);

    /// <summary>Brackets opened and not closed on a line (below zero: closed and not opened).</summary>
    private static bool DatesWrappedWhole(TextLine line, TextLine next) =>
        line.HasGeometry && line.Segments.Count == 1 && next.Segments.Count == 1 && line.Bold == next.Bold
        && Math.Abs(line.FontSize - next.FontSize) < 0.3 && Unclosed(line.Text) == 0 && DateParser.Find(line.Text) is null
        && next.Text.Trim() is ['(', .. var inner, ')'] && DateParser.Find(inner) is { IsRange: true } range && DateParser.IsOnlyDate(inner, range)
        && FirstWordWouldNotFit(line, next);

    private static int Unclosed(string text) => text.Count(c => c == '(') - text.Count(c => c == ')');

    /// <summary>
    /// "JAN ‖ 2023 – PRESENT": a month in spaced capitals sets itself so far from its year that the line splits between
    /// them, and the range would start at the bare year. A cell that is only a month name followed by a cell opening with
    /// a year is one date.
    /// </summary>
    private static void JoinMonthsSetApart(List<TextLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Bullet || line.Segments.Count < 2)
            {
                continue;
            }
            for (var k = 0; k + 1 < line.Segments.Count; k++)
            {
                var (month, rest) = (line.Segments[k], line.Segments[k + 1]);
                if (month.Text.Length > 11 || !LoneMonth().IsMatch(month.Text) || !YearStart().IsMatch(rest.Text.TrimStart()))
                {
                    continue;
                }
                line.Segments = [.. line.Segments.Take(k), month with { Text = month.Text.Trim() + " " + rest.Text.Trim(), Right = rest.Right },
                    .. line.Segments.Skip(k + 2)];
                line.ResetText();
                break;
            }
        }
    }

    /// <summary>
    /// A right-hand column of dates with the place set flush right under them, in its own smaller type and on its own
    /// baselines ("Munich," / "Bavaria" between the first items): the place belongs to the entry's header, not to the
    /// items it stands among. Its pieces are joined and set as a cell of the header line above them.
    /// </summary>
    private static void LiftPlacesUnderDates(List<TextLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var anchor = -1;
            for (var k = i - 1; k >= Math.Max(0, i - 3) && anchor < 0; k--)
            {
                if (IsPlaceUnderDates(lines[k], lines[i]))
                {
                    anchor = k;
                }
            }
            if (anchor < 0 || lines[i - 1].Bullet)
            {
                continue;
            }
            var piece = lines[i];
            var text = piece.Text.Trim();
            lines.RemoveAt(i);
            // The place wrapped: its next piece stands under it, an item's line between them at most.
            for (var k = i; k < Math.Min(lines.Count, i + 2); k++)
            {
                if (IsPlaceUnderDates(lines[anchor], lines[k]) && lines[k].Top - piece.Top < piece.FontSize * 3)
                {
                    text = text + " " + lines[k].Text.Trim();
                    lines.RemoveAt(k);
                    break;
                }
            }
            var above = lines[i - 1];
            above.Segments = [.. above.Segments, new LineSegment(text, piece.Left, piece.Right, Size: piece.FontSize)];
            above.ResetText();
        }
    }

    private static bool IsPlaceUnderDates(TextLine dated, TextLine line)
    {
        if (!line.HasGeometry || !dated.HasGeometry || line.Bullet || line.Segments.Count != 1 || dated.Segments.Count < 2
            || line.Page != dated.Page || line.Top <= dated.Top)
        {
            return false;
        }
        var cell = dated.Segments[^1];
        var text = line.Text.Trim();
        return Math.Abs(line.Right - cell.Right) <= 2 && line.Left > (dated.Left + dated.Right) / 2 && text.Length is > 1 and <= 40
            && DateParser.Find(cell.Text) is { } d && DateParser.IsOnlyDate(cell.Text, d) && DateParser.Find(text) is null
            && !IsSentence(text) && !ActionVerbs.StartsWithOne(text);
    }

    /// <summary>
    /// A row of cells beside its dates (a grid or table layout) whose cells wrapped: each piece of the line right below
    /// starts where a cell starts and stays within that cell's column ("Site Reliability" / "Engineer", "Information" /
    /// "Technology"). Returns which cell each piece carries on, or null when the line is not such a continuation.
    /// </summary>
    private static List<(int Cell, LineSegment Piece)>? WrapsInCells(TextLine line, TextLine next)
    {
        if (line.Segments.Count < 3 || !line.HasGeometry || !next.HasGeometry || next.Bullet || next.Page != line.Page
            || next.Top - line.Top > 1.8 * line.FontSize
            || !next.Segments.All(p => line.Segments.Skip(1).Any(s => Math.Abs(s.Left - p.Left) <= 1.5))
            || DateParser.Find(next.Text) is not null
            || !line.Segments.Any(s => DateParser.Find(s.Text) is { } d && DateParser.IsOnlyDate(s.Text, d)))
        {
            return null;
        }
        var result = new List<(int, LineSegment)>();
        foreach (var piece in next.Segments)
        {
            var cell = -1;
            for (var k = 0; k < line.Segments.Count && cell < 0; k++)
            {
                if (Math.Abs(line.Segments[k].Left - piece.Left) <= 1.5)
                {
                    cell = k;
                }
            }
            // Not the first cell: a line that starts where the row starts is a paragraph's wrap (or the next line).
            if (cell < 1 || result.Count > 0 && result[^1].Item1 >= cell)
            {
                return null;
            }
            var (own, nextCell) = (line.Segments[cell], cell + 1 < line.Segments.Count ? line.Segments[cell + 1] : null);
            var bound = nextCell is null ? own.Right + 2 : nextCell.Left;
            if (piece.Right > bound || DateParser.Find(own.Text) is not null || Places.Score(piece.Text) > 0 || IsSentence(piece.Text))
            {
                return null;
            }
            result.Add((cell, piece));
        }
        return result.Count > 0 ? result : null;
    }

    /// <summary>A range cut after its dash in a narrow date column at the left ("Nov 2021 –" / "present" beside the title
    /// and the first item): the end is the first cell of the line below, under the start.</summary>
    private static bool WrapsInDateColumn(TextLine line, TextLine next)
    {
        if (line.Segments.Count < 2 || next.Segments.Count == 0 || next.Bullet)
        {
            return false;
        }
        var (start, end) = (line.Segments[0], next.Segments[0]);
        if (!DatesCutInCell(start.Text.Trim(), end.Text.Trim()))
        {
            return false;
        }
        return !line.HasGeometry || next.HasGeometry && end.Left < start.Right && end.Right > start.Left
            && (next.Segments.Count == 1 || end.Right < next.Segments[1].Left);
    }

    /// <summary>
    /// Two date cells, one over the other, that only together make the entry's dates: a range cut after its dash ("Nov
    /// 2021 –" / "present"), after its end month ("Sep 2016-Dec" / "2020 (expected)") or inside a bracket ("Current (since"
    /// / "Sep 2016)"). The lower cell holds nothing but the rest of the dates.
    /// </summary>
    private static bool DatesCutInCell(string top, string bottom)
    {
        if (OpenRange().IsMatch(top))
        {
            return DateParser.Find(bottom) is { IsRange: false } d && DateParser.IsOnlyDate(bottom, d) || PresentWord().IsMatch(bottom);
        }
        var endMonthCut = OpenRangeToMonth().IsMatch(top) && DateParser.EndsWithMonth(top) && YearStart().IsMatch(bottom);
        var bracketCut = Unclosed(top) > 0 && Unclosed(bottom) < 0;
        if (!endMonthCut && !bracketCut || bottom.Count(c => c == ' ') > 2)
        {
            return false;
        }
        return DateParser.Find(top + " " + bottom) is { } whole && whole.Index + whole.Length > top.Length
            && (DateParser.Find(top) is not { } own || own.Length < whole.Length);
    }

    /// <summary>
    /// "Sep 2016-Dec ‖ PhD in Civil Engineering; École Polytechnique Fédérale" over "2020 (expected) ‖ de Lausanne": where
    /// the dates wrapped in their column, the text beside them wrapped too when it filled its line; the words under it,
    /// starting where it starts, finish it. Read apart they would be a second entry.
    /// </summary>
    private static bool CellCarriesOn(TextLine line, TextLine next)
    {
        if (!line.HasGeometry || !next.HasGeometry || line.ColumnRight <= 0 || next.Segments.Count < 2)
        {
            return false;
        }
        var (cell, rest) = (line.Segments[^1], next.Segments[1]);
        var (top, words) = (cell.Text.TrimEnd(), rest.Text.TrimStart());
        // A sentence of its own under the line (the entry's description) starts with a capital; the rest of a cut name
        // or place starts in lower case ("de Lausanne", "tiques Appliquées"), with its bracket, or after a cut word.
        var cut = words.Length > 0 && (char.IsLower(words[0]) || words[0] == '(') || top.EndsWith('-') || OpenEnding.EndsOnWord(top);
        return cut && Math.Abs(rest.Left - cell.Left) <= 3 && line.Right >= line.ColumnRight - 0.15 * (line.ColumnRight - line.Left)
            && next.FontSize <= line.FontSize + 0.5;
    }

    /// <summary>The line without its first cell, placed where its second cell starts; a bullet glyph standing alone as
    /// the next cell marks the line as an item.</summary>
    private static TextLine WithoutFirstCell(TextLine line)
    {
        var rest = line.Segments.Skip(1).ToList();
        var bullet = line.Bullet;
        if (rest.Count > 1 && rest[0].Text.Trim() is { Length: 1 } glyph && Bullets.IsBulletChar(glyph[0]))
        {
            rest.RemoveAt(0);
            bullet = true;
        }
        return new TextLine(rest)
        {
            Page = line.Page, Top = line.Top, Bottom = line.Bottom, Left = line.HasGeometry ? rest[0].Left : line.Left, Right = line.Right,
            FontSize = line.FontSize, Bold = line.Bold, Italic = line.Italic, Bullet = bullet, Indent = line.Indent, GapBefore = line.GapBefore,
            Column = line.Column, InSidebar = line.InSidebar, ColumnRight = line.ColumnRight, Links = line.Links,
        };
    }

    /// <summary>
    /// A text cell beside an entry's dates that wrapped ("Senior Engineer, Goldleaf   Aug 2015 – Jul 2016" / "Mobility
    /// AB, Nairobi."): the line below starts under the cell, and the cell ends on a comma or its first word would not
    /// have fit in the room left before the dates. <paramref name="wrappedRight"/> is where the cell's last wrapped line
    /// ended when it already ran over more than one: the next line carries on when its first word would not have fit
    /// between there and the cell's right edge, until a full stop closes the paragraph.
    /// </summary>
    private static bool WrapsBeforeDates(TextLine line, TextLine next, double? wrappedRight)
    {
        if (line.Segments.Count < 2 || next.Segments.Count != 1 || next.Bullet)
        {
            return false;
        }
        var (cell, dates) = (line.Segments[^2], line.Segments[^1]);
        var rest = next.Text.Trim();
        if (cell.FromMargin || DateParser.Find(dates.Text) is not { } d || !DateParser.IsOnlyDate(dates.Text, d)
            || rest.Length is 0 or > 60 || DateParser.Find(rest) is not null || IsSentence(rest) || ActionVerbs.StartsWithOne(rest))
        {
            return false;
        }
        // A wrapped cell carries on in its own type: a line in larger type under it ("Tecnólogo, Finanças · (2020 - 2023)"
        // over the next school's name) heads something else.
        if (line.HasGeometry != next.HasGeometry || line.HasGeometry && (Math.Abs(next.Left - cell.Left) > 2 || next.FontSize > line.FontSize + 0.5))
        {
            return false;
        }
        // And in its own face: a plain line under a bold title beside the dates ("Research assistant: Kichwa language"
        // over "Ikiam University, Tena") is the employer's line, not the title's second.
        if (Face.Of(cell) != Face.Of(next.Segments[0]))
        {
            return false;
        }
        if (wrappedRight is not null && RoleParser.WithoutClosingStop(cell.Text) != cell.Text)
        {
            return false;
        }
        if (cell.Text.TrimEnd().EndsWith(',') || char.IsLower(rest[0]))
        {
            return true;
        }
        if (!line.HasGeometry || cell.Text.Length == 0 || cell.Right <= cell.Left)
        {
            return false;
        }
        if (wrappedRight is { } right)
        {
            return cell.Right - right < LineWrap.FirstWordWidth(rest, next.Right - next.Left, next.FontSize);
        }
        // The gap before the date cell, at the cell's own letter width.
        return dates.Left - cell.Right < LineWrap.FirstWordWidth(rest, rest.Length * (cell.Right - cell.Left) / cell.Text.Length, next.FontSize);
    }


    [GeneratedRegex(@"^(?:19|20)\d{2}\b")]
    private static partial Regex YearStart();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}\s*(?:-{1,2}|[\u2010-\u2015\u2212]|to|until|till?)\s*\p{L}{3,9}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenRangeToMonth();

    [GeneratedRegex(@"^\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneMonth();

    /// <summary>A range cut after its separator: "Jan 2023 –", "2021 to", "2021-12 to" (a year-month in ISO order).</summary>
    [GeneratedRegex(@"(?:19|20)\d{2}(?:[-/.]\d{1,2})?\s*(?:-{1,2}|[\u2010-\u2015\u2212]|to|until|till)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenRange();

    /// <summary>A range's running end alone, in any language the dates are read in: "present", "heute", "actualidad".</summary>
    [GeneratedRegex("^" + DateWords.Present + @"\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PresentWord();
}
