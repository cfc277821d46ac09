using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A TeX CV class's classic page: the dates of each entry in a column of their own left of the text, beside the entry's
/// one line of title (bold) and employer (italic), a smaller description line under it; the section parted by
/// sub-headings set larger than the entries ("Research", "Teaching"), one entry or a few plain lines under each.
/// </summary>
public sealed class DatesColumnEntryTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_line_whose_dates_hang_in_a_column_left_of_the_text_opens_its_own_entry_under_a_larger_sub_heading(bool third)
    {
        const double rule = 140, text = 148, size = 10.9;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 70))
        {
            c.Draw("Tamsin Olawale", 72, 24);
            c.Advance(22);
            c.Draw("tamsin.olawale@example.com", 72, 10);
            c.Advance(40);
            c.Draw("Experience", text, 14.3);
            c.Advance(22);
            foreach (var (group, dates, title, employer, description) in new[]
            {
                ("Research", "2020 – Present", "Research Fellow", "Halvorsen Marine Institute.", "Shelf-sea mixing and tidal fronts."),
                ("Teaching", "2017 – 2019", "Laboratory Assistant", "University of Cardenfield.", "Optics and electromagnetism."),
                ("", "2015 – 2017", "Reading Tutor", "Brackwell Sixth Form College.", "Mechanics for first-year students."),
            }.Take(third ? 3 : 2))
            {
                if (group.Length > 0)
                {
                    c.Draw(group, text, 12);
                    c.Advance(18);
                }
                c.DrawRight(dates, rule, size);
                c.Draw($"{title}, {employer}", text, size);
                c.Advance(14);
                c.Draw(description, text, 10);
                c.Advance(18);
            }
            c.Draw("Other", text, 12);
            c.Advance(17);
            c.Draw("PI of a regional computing grant", text, size);
            c.Advance(16);
            c.Draw("Code developer for the tidal model library", text, size);
            c.Advance(24);
            c.Draw("Skills", text, 14.3);
            c.Advance(22);
            c.Draw("Python, Fortran, MATLAB", text, size);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(new (string?, string?, string?)[] { ("Halvorsen Marine Institute", "Research Fellow", "2020"), ("University of Cardenfield", "Laboratory Assistant", "2017"),
                ("Brackwell Sixth Form College", "Reading Tutor", "2015") }.Take(third ? 3 : 2),
            resume.Work.Where(w => w.StartDate is not null).Select(w => (w.Name?.TrimEnd('.'), w.Position, w.StartDate)));
    }
}
