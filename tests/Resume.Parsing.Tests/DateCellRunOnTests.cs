using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A range still running, set in a date column in pieces: "since" over its start, or a start and its dash in one cell
/// with the word for the present in the next. Each piece on its own would be taken for the entry's name.
/// </summary>
public sealed class DateCellRunOnTests
{
    [Fact]
    public void A_since_word_over_the_start_in_a_date_column_opens_a_range_still_running()
    {
        var resume = Read(Pdf(current: ("since", "09/2021")));

        Assert.Equal(["Tidewater Games", "Quillon Studio"], resume.Work.Select(w => w.Name!));
        Assert.Equal([("2021-09", null), ("2017-03", "2021-06")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void A_range_whose_present_end_stands_in_a_cell_of_its_own_is_one_range()
    {
        var resume = Read("Ruben Aldane\nruben.aldane@example.com\n\nACADEMIC EXPERIENCE\n"
            + "2021.09 -    now    Associate Professor,    Tidal Systems Lab, Harwick University\n"
            + "2017.03-2021.06    Postdoctoral Researcher,    Marine Robotics Group, Quillon Institute\n");

        Assert.Equal([("2021-09", null), ("2017-03", "2021-06")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.DoesNotContain(resume.Work, w => w.Name == "now");
    }

    [Fact]
    public void Gegenwart_ends_a_range_at_the_present()
    {
        var resume = Read("Jana Voss\njana.voss@example.com\n\nBERUFLICHER WERDEGANG\n02.2024 - Gegenwart\nTechnical Consultant\n"
            + "Brandt Beratung GmbH\n03.2019 - 01.2024\nJunior Consultant\nLemke Software GmbH\n");

        Assert.Equal([("Brandt Beratung GmbH", "2024-02", null), ("Lemke Software GmbH", "2019-03", "2024-01")],
            resume.Work.Select(w => (w.Name!, w.StartDate, w.EndDate)));
    }

    private static byte[] Pdf((string Top, string? Below) current)
    {
        const double dates = 40, body = 150, size = 10;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Ruben Aldane", body, 22);
            c.Advance(20);
            c.Draw("ruben.aldane@example.com", body, 9);
            c.Advance(28);
            c.Draw("WORK EXPERIENCE", dates, 12, bold: true);
            c.Advance(18);
            c.Draw(current.Top, dates, size);
            c.Draw("Tidewater Games: Lead Developer", body, size, bold: true);
            c.Advance(13);
            if (current.Below is not null)
            {
                c.Draw(current.Below, dates, size);
            }
            c.Draw("Shipped the studio's first title on three platforms.", body, size);
            c.Advance(13);
            c.Draw("Mentored four junior programmers through code review.", body, size);
            c.Advance(20);
            c.Draw("03/2017 - 06/2021", dates, size);
            c.Draw("Quillon Studio: Gameplay Programmer", body, size, bold: true);
            c.Advance(13);
            c.Draw("Wrote the save system and its migration tools.", body, size);
            c.Advance(20);
            c.Draw("EDUCATION", dates, 12, bold: true);
            c.Advance(18);
            c.Draw("2013 - 2017", dates, size);
            c.Draw("Bachelor of Science in Computer Science, Harwick University", body, size);
        }
        return document.ToBytes();
    }
}
