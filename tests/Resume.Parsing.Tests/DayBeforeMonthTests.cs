using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A CV (invented person) whose date column writes the day before the month's name ("01. Juli 2023 -" over
/// "heute"): the day's number with its full stop is a date's first figure, not an ordered list's number, so the row is
/// an entry's header and not a list item; and short duties closed by a full stop under a header that names title and
/// employer describe the job.</summary>
public sealed class DayBeforeMonthTests
{
    private static byte[] Pdf((string From, string To, string Title, string[] Lines)[] rows)
    {
        using var document = new PdfDocument();
        using (var canvas = new PdfCanvas(document, top: 60))
        {
            canvas.Draw("Lebenslauf — Femke Albers", 50, 18, bold: true);
            canvas.Advance(24);
            canvas.Draw("femke.albers@example.de", 50, 10);
            canvas.Advance(13);
            canvas.Draw("0171 5550 3312", 50, 10);
            canvas.Advance(28);
            canvas.Draw("Berufserfahrung", 50, 13, bold: true);
            canvas.Advance(18);
            foreach (var (from, to, title, lines) in rows)
            {
                canvas.Draw(from, 50, 10);
                canvas.Draw(title, 160, 11, bold: true);
                canvas.Advance(13);
                canvas.Draw(to, 50, 10);
                foreach (var line in lines)
                {
                    canvas.Draw(line, 160, 10);
                    canvas.Advance(13);
                }
                canvas.Advance(12);
            }
            canvas.Draw("Ausbildung", 50, 13, bold: true);
            canvas.Advance(18);
            canvas.Draw("2016 - 2019", 50, 10);
            canvas.Draw("Kauffrau für Büromanagement, Berufsschule Leer", 160, 10);
            canvas.Advance(13);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("01. Juli 2023 - heute")]
    [InlineData("15. März 2020 - 30. Juni 2023")]
    [InlineData("3. oktober 2019 – 1. mars 2021")]
    public void A_day_before_a_month_name_is_no_list_number(string dates) =>
        Assert.False(Text.Bullets.TryStrip(dates, out _));

    [Fact]
    public void A_number_before_other_words_stays_a_list_number() =>
        Assert.True(Text.Bullets.TryStrip("1. Juli-Bericht für den Vorstand erstellt", out _));

    [Fact]
    public void A_short_closed_sentence_under_a_whole_header_describes_the_job()
    {
        var resume = Read(Pdf(
        [
            ("07/2023 -", "heute", "Teamleiterin Einkauf bei Wattenblick Handel GmbH", ["Verhandlung der Rahmenverträge mit Lieferanten.", "Verantwortung für ein Team von sechs Personen."]),
            ("03/2020 -", "06/2023", "Sachbearbeiterin bei Dünenhof Versand KG", ["Bearbeitung von Reklamationen und Gutschriften."]),
        ]));

        Assert.Equal(["Teamleiterin Einkauf", "Sachbearbeiterin"], resume.Work.Select(w => w.Position!));
        Assert.Equal(["Wattenblick Handel GmbH", "Dünenhof Versand KG"], resume.Work.Select(w => w.Name!));
    }
}
