using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Lists whose items wrap the ways producers really wrap them: back under the glyph with no hanging indent (profile
/// exports), behind a glyph set in a taller face than the text (office suites' list fonts), left of where the item's
/// first line starts (list markers drawn as pictures), or under glyphs hung left of the entries' own lines (Typst and
/// LaTeX CV classes).
/// </summary>
public static class WrappedItemShapes
{
    private const double Left = 50;
    private const double Right = 545;

    /// <summary>A profile export: employer, title, dates and place on lines of their own, then "•" items whose wrapped
    /// lines go back to the glyph's margin, every line as wide as the column allows.</summary>
    public static byte[] WrappedUnderGlyph(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Top(c, person);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, Left, 12);
                c.Advance(16);
                c.Draw(job.Position, Left, 11);
                c.Advance(15);
                c.Draw(dates.Range(job.Start, job.End), Left, 10);
                c.Advance(14);
                c.Draw(job.Location ?? person.City, Left, 10);
                c.Advance(20);
                foreach (var highlight in job.Highlights)
                {
                    Item(c, highlight, 10, Left, Left + 10, Left, 18);
                }
                c.Advance(18);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A CV class's items: the glyph and a space before the text, the wrapped lines hanging under the text, each line
    /// filled to the column's edge (set by the dates flush right).</summary>
    public static byte[] HangingUnderText(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Top(c, person);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Position}, {job.Company}", Left, 10.5);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 10.5);
                c.Advance(16);
                var hang = c.Width("• ", 9);
                foreach (var highlight in job.Highlights)
                {
                    var lines = c.Wrap(highlight, 9, Right - Left - hang);
                    for (var k = 0; k < lines.Count; k++)
                    {
                        c.Draw(k == 0 ? "• " + lines[k] : lines[k], k == 0 ? Left : Left + hang, 9);
                        c.Advance(11);
                    }
                }
                c.Advance(10);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A word processor's duty list without glyphs: "Employer   dates" in a larger type, the place and the title in
    /// bold, then one duty a line in a smaller type at the same margin (a long one wrapped to the column's edge).</summary>
    public static byte[] DutyLines(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Top(c, person);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, Left, 12);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 12);
                c.Advance(14);
                c.Draw(job.Location ?? person.City, Left, 10, bold: true);
                c.Advance(12);
                c.Draw(job.Position, Left, 10, bold: true);
                c.Advance(11);
                foreach (var duty in job.Highlights)
                {
                    foreach (var line in c.Wrap(duty, 9, Right - Left))
                    {
                        c.Draw(line, Left, 9);
                        c.Advance(10.4);
                    }
                }
                c.Advance(30);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>An office suite's list: the glyph set in a larger face than the item's small text (its top stands higher),
    /// the wrapped lines under the item's text.</summary>
    public static byte[] TallGlyphs(Person person, DateStyle dates, double text = 8, double glyph = 11, double leading = 13.7)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Top(c, person);
            foreach (var job in person.Jobs)
            {
                c.Draw($"{job.Company} — {job.Position} — {job.Location ?? person.City} — {dates.Range(job.Start, job.End)}", Left, 10);
                c.Advance(18);
                foreach (var highlight in job.Highlights)
                {
                    Item(c, highlight, text, Left + 40, Left + 60, Left + 60, leading, glyph);
                }
                c.Advance(8);
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>Items whose markers are pictures, not text: each item's first line starts at an indent and its wrapped
    /// lines run back further left, to the entry's margin.</summary>
    public static byte[] WrappedLeftOfItems(Person person, DateStyle dates, IReadOnlyList<IReadOnlyList<string>> itemLines)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Top(c, person);
            var job = person.Jobs[0];
            c.Draw(job.Company, Left, 11, bold: true);
            c.DrawRight(dates.Range(job.Start, job.End), Right, 10);
            c.Advance(15);
            c.Draw(job.Position, Left, 10);
            c.Advance(16);
            foreach (var item in itemLines)
            {
                for (var k = 0; k < item.Count; k++)
                {
                    c.Draw(item[k], k == 0 ? Left + 14 : Left, 10);
                    c.Advance(15);
                }
            }
        }
        return PdfResume.Save(document);
    }

    /// <summary>A CV class's entries: "Employer ‖ Town" and "Title ‖ dates" indented, the items hung further left, their
    /// glyphs in the margin and their wrapped lines under their text.</summary>
    public static byte[] GlyphsHungLeftOfEntries(Person person, DateStyle dates)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Top(c, person);
            foreach (var job in person.Jobs)
            {
                c.Draw(job.Company, Left + 26, 9, bold: true);
                c.DrawRight(job.Location ?? person.City, Right, 9);
                c.Advance(12);
                c.Draw(job.Position, Left + 26, 9);
                c.DrawRight(dates.Range(job.Start, job.End), Right, 9);
                c.Advance(15);
                foreach (var highlight in job.Highlights)
                {
                    Item(c, highlight, 9, Left, Left + 8, Left + 8, 11);
                }
                c.Advance(10);
            }
        }
        return PdfResume.Save(document);
    }

    private static void Top(PdfCanvas c, Person person)
    {
        c.Draw(person.Name, Left, 20);
        c.Advance(22);
        c.Draw(string.Join(" · ", person.Email, person.Phone, $"{person.City}, {person.Region}"), Left, 9);
        c.Advance(26);
        c.Draw("Experience", Left, 14, bold: true);
        c.Advance(22);
    }

    /// <summary>One "•" item: the glyph (in its own size, if given) before the first line at <paramref name="textX"/>, the
    /// wrapped lines at <paramref name="wrapX"/>, every line as wide as the room to the column's right edge.</summary>
    private static void Item(PdfCanvas c, string text, double size, double glyphX, double textX, double wrapX, double leading, double? glyphSize = null)
    {
        var lines = c.Wrap(text, size, Right - wrapX, Right - textX);
        for (var k = 0; k < lines.Count; k++)
        {
            if (k == 0)
            {
                c.Draw("•", glyphX, glyphSize ?? size);
            }
            c.Draw(lines[k], k == 0 ? textX : wrapX, size);
            c.Advance(leading);
        }
    }
}
