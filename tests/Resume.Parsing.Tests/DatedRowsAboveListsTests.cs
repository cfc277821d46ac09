using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// The Word Lebenslauf set as a table: each entry's title and place at the left, its dates in a cell at the right edge
/// of the row; below the entries the skills are listed in two columns and the languages beside the interests, so a
/// gutter runs from the lists up past the dates.
/// </summary>
public sealed class DatedRowsAboveListsTests
{
    private static byte[] Lebenslauf(string sideJobsHeading)
    {
        const double left = 70, right = 525, size = 11;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 70))
        {
            c.Draw("Jorinde Vasbeck", left, 16, bold: true);
            c.Advance(26);
            c.Draw("0171 5550192", left, size);
            c.Advance(14);
            c.Draw("jorinde.vasbeck@example.de", left, size);
            c.Advance(14);
            c.Draw("Am Wiesengrund 4, 24937 Flensburg", left, size);
            c.Advance(28);
            void Section(string heading, (string Title, string Place, string Dates)[] rows)
            {
                c.Draw(heading, left, 12, bold: true);
                c.Advance(19);
                foreach (var (title, place, dates) in rows)
                {
                    c.Draw(title, left, size, bold: true);
                    c.DrawRight(dates, right, size);
                    c.Advance(13.5);
                    c.Draw(place, left, size);
                    c.Advance(27);
                }
            }
            Section("STUDIUM", [("Landschaftsarchitektur (Bachelor)", "Hochschule Nordmark", "10/2018 – 09/2022")]);
            Section(sideJobsHeading, [("Werkstudentin", "Grünflächenamt Kiel", "04/2020 – 09/2022"), ("Praktikum", "Baumschule Hedeby", "03/2019 – 06/2019")]);
            Section("SCHULBILDUNG", [("Gymnasium am Mühlenteich", "Allgemeine Hochschulreife", "08/2009 – 06/2018")]);
            c.Draw("KENNTNISSE", left, 12, bold: true);
            c.Advance(17);
            foreach (var (one, two) in new[] { ("AutoCAD", "QGIS"), ("Vectorworks", "Adobe InDesign"), ("SketchUp", "Pflanzenkunde") })
            {
                c.Draw("•", left + 18, size);
                c.Draw(one, left + 36, size);
                c.Draw("•", 333, size);
                c.Draw(two, 351, size);
                c.Advance(14);
            }
            c.Advance(12);
            c.Draw("SPRACHEN", left, 12, bold: true);
            c.Draw("INTERESSEN", 315, 12, bold: true);
            c.Advance(17);
            foreach (var (one, two) in new[] { ("Deutsch (Muttersprache)", "Gärtnern"), ("Englisch (fließend)", "Segeln"), ("Dänisch (Grundkenntnisse)", "Fotografie") })
            {
                c.Draw("•", left + 18, size);
                c.Draw(one, left + 36, size);
                c.Draw("•", 333, size);
                c.Draw(two, 351, size);
                c.Advance(14);
            }
        }
        return document.ToBytes();
    }

    [Fact]
    public void Dates_in_a_cell_at_the_right_of_each_row_date_their_rows_though_lists_in_two_columns_follow()
    {
        var resume = Read(Lebenslauf("PRAKTISCHE ERFAHRUNG"));

        Assert.Equal(new (string?, string?, string?, string?)[]
            {
                ("Grünflächenamt Kiel", "Werkstudentin", "2020-04", "2022-09"), ("Baumschule Hedeby", "Praktikum", "2019-03", "2019-06"),
            },
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
        Assert.Equal(new (string?, string?)[] { ("2018-10", "2022-09"), ("2009-08", "2018-06") },
            resume.Education.Select(e => (e.StartDate, e.EndDate)));
    }

    [Theory]
    [InlineData("NEBENTÄTIGKEITEN")]
    [InlineData("NEBENJOBS")]
    [InlineData("BERUFSPRAKTISCHE ERFAHRUNGEN")]
    public void Jobs_held_on_the_side_of_school_are_work(string heading)
    {
        var resume = Read(Lebenslauf(heading));

        Assert.Equal(["Grünflächenamt Kiel", "Baumschule Hedeby"], resume.Work.Select(w => w.Name));
    }
}
