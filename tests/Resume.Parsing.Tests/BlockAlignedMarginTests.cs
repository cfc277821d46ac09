using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A Swiss-style Lebenslauf (an invented person) whose left column of labels, dates and notes under the dates
/// ("Wochenende und Ferien") holds nearly as many letters as the values beside it: each of its items stands on the
/// first line of a block of the right column, so the page is read across, item beside value, not as a sidebar.
/// </summary>
public sealed class BlockAlignedMarginTests
{
    private const double Label = 60, Value = 230, Size = 11, Pitch = 13.5, Gap = 16;

    private static readonly (string Label, string[] Values)[] Personal =
    [
        ("Name", ["Lorena Vasquez Brandt"]),
        ("Adresse", ["Kirchgasse 12", "5400 Baden"]),
        ("Staatsangehörigkeit", ["Schweiz"]),
        ("Telefon", ["079 512 33 08"]),
        ("E-Mail", ["lorena.vasquez@example.ch"]),
    ];

    private static readonly (string Dates, string? Note, string[] Values)[] Schooling =
    [
        ("08.2021 – 07.2025", null, ["Kantonsschule Wettingen", "Wettingen, AG"]),
        ("08.2018 – 07.2021", null, ["Bezirksschule Baden", "Baden, AG"]),
    ];

    private static readonly (string Dates, string? Note, string[] Values)[] Jobs =
    [
        ("03.2024 – heute", "Samstage und Ferien", ["Gärtnerei Rosenhof AG | Aushilfe", "Pflege der Pflanzen und Beratung der Kundschaft"]),
        ("06.2022 – 08.2023", "Sommerferien jeweils", ["Bäckerei Steinmann GmbH | Verkäuferin", "Verkauf und Kasse am Wochenende"]),
    ];

    private static byte[] Page()
    {
        using var document = new PdfDocument();
        using (var canvas = new PdfCanvas(document, top: 60))
        {
            canvas.Draw("Lebenslauf", Label, 14, bold: true);
            canvas.Advance(30);
            canvas.Draw("Persönliche Daten", Label, Size);
            canvas.Advance(30);
            foreach (var (label, values) in Personal)
            {
                canvas.Draw(label, Label, Size);
                Values(canvas, values);
            }
            Heading(canvas, "Schulbildung");
            Rows(canvas, Schooling);
            Heading(canvas, "Berufserfahrung");
            Rows(canvas, Jobs);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Heading(PdfCanvas canvas, string text)
    {
        canvas.Advance(Gap);
        canvas.Draw(text, Label, Size);
        canvas.Advance(30);
    }

    private static void Rows(PdfCanvas canvas, (string Dates, string? Note, string[] Values)[] rows)
    {
        foreach (var (dates, note, values) in rows)
        {
            canvas.Draw(dates, Label, Size);
            if (note is not null)
            {
                canvas.Draw(note, Label, Size - 2, y: canvas.Y + Pitch);
            }
            Values(canvas, values);
        }
    }

    private static void Values(PdfCanvas canvas, string[] values)
    {
        foreach (var value in values)
        {
            canvas.Draw(value, Value, Size);
            canvas.Advance(Pitch);
        }
        canvas.Advance(Gap);
    }

    [Fact]
    public void Dated_rows_beside_a_wordy_label_column_are_entries()
    {
        var resume = Read(Page());

        Assert.Equal([("Gärtnerei Rosenhof AG", "2024-03"), ("Bäckerei Steinmann GmbH", "2022-06")],
            resume.Work.Select(w => (w.Name!, w.StartDate!)));
        Assert.Equal("2023-08", resume.Work[1].EndDate);
        Assert.Equal(["Kantonsschule Wettingen", "Bezirksschule Baden"], resume.Education.Select(e => e.Institution!));
    }

    [Fact]
    public void The_labelled_name_is_the_persons()
    {
        var resume = Read(Page());

        Assert.Equal("Lorena Vasquez Brandt", resume.Basics.Name);
        Assert.Equal("lorena.vasquez@example.ch", resume.Basics.Email);
    }
}
