using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Conventions of German and other European CVs (invented people): the tabular Lebenslauf's dates, its present
/// words and headings, "Title bei Employer" lines, TeX's spacing accents, and Word pages built of text boxes.</summary>
public sealed class EuropeanCvTests
{
    [Fact]
    public void A_range_within_one_year_prints_the_year_once()
    {
        var resume = Read(string.Join('\n',
            "Henrike Volkmann",
            "henrike.volkmann@example.de",
            "",
            "BERUFLICHER WERDEGANG",
            "3 - 4/2014     Gerüstbau Lindner GmbH, Montagehelfer",
            "9 – 12/2012    Brauhaus Kessler KG, Aushilfe",
            "Juni – Aug. 2011    Stadtwerke Aue, Praktikantin"));

        Assert.Equal([("2014-03", "2014-04"), ("2012-09", "2012-12"), ("2011-06", "2011-08")],
            resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void German_words_for_a_running_range_leave_it_open()
    {
        var resume = Read(string.Join('\n',
            "Tobias Engelhardt",
            "tobias.engelhardt@example.de",
            "",
            "PRAXISERFAHRUNG",
            "01/10/2020–andauernd    Wissenschaftliche Hilfskraft",
            "Institut für Werkstoffkunde",
            "01/2016 - bis dato    Werkstudent",
            "Kranich Logistik GmbH"));

        Assert.Equal([("2020-10", null), ("2016-01", null)], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.DoesNotContain(resume.Work, w => (w.Position ?? "").Contains("andauernd", StringComparison.Ordinal)
            || (w.Name ?? "").Contains("dato", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_bei_an_employer_names_both()
    {
        var resume = Read(string.Join('\n',
            "Malte Brinkhoff",
            "malte.brinkhoff@example.de",
            "",
            "BERUFSERFAHRUNG",
            "08/2022 – heute    Filialleiter bei Nordkauf",
            "06/2019 – 07/2022    Studentische Aushilfskraft bei Wendt Maschinenbau"));

        Assert.Equal(["Nordkauf", "Wendt Maschinenbau"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Filialleiter", "Studentische Aushilfskraft"], resume.Work.Select(w => w.Position));
    }

    [Fact]
    public void A_spacing_accent_drawn_before_its_letter_is_one_letter()
    {
        var resume = Read(string.Join('\n',
            "J\u00A8urgen M\u00A8oller",
            "juergen.moeller@example.de",
            "",
            "BERUFSERFAHRUNG",
            "2015 – 2020    Entwickler, Ingenieurb\u00A8uro S\u00B4anchez, Dresden"));

        Assert.Equal("Jürgen Möller", resume.Basics.Name);
        Assert.Contains("Ingenieurbüro Sánchez", resume.Work.Single().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accent_drawn_over_a_dotless_i_is_the_accented_i()
    {
        var resume = Read(string.Join('\n',
            "Luc\u00B4\u0131a Mart\u00B4\u0131nez",
            "lucia.martinez@example.es",
            "",
            "EDUCACIÓN",
            "2016 – 2020    Grado en Ingenier\u00B4\u0131a Qu\u00B4\u0131mica, Universidad de Granada"));

        Assert.Equal("Lucía Martínez", resume.Basics.Name);
    }

    [Fact]
    public void German_school_and_skill_headings_open_their_sections()
    {
        var resume = Read(string.Join('\n',
            "Lena Hartwig",
            "lena.hartwig@example.at",
            "",
            "Schulausbildung:",
            "09/2019-laufend    Handelsakademie Linz",
            "09/2015-06/2019    Mittelschule Urfahr",
            "",
            "Digitale Fähigkeiten",
            "Excel, Python"));

        Assert.Equal(["Handelsakademie Linz", "Mittelschule Urfahr"], resume.Education.Select(e => e.Institution));
        Assert.Empty(resume.Work);
        Assert.Contains("Python", resume.Keywords());
    }

    /// <summary>A Word page built of text boxes in one anchor paragraph, drawn in another order than they stand: each
    /// section's heading box was drawn after its content's.</summary>
    [Fact]
    public void Text_boxes_drawn_out_of_order_read_top_to_bottom()
    {
        var bytes = DocxResume.Compose((body, _) => body.Append(new Paragraph(
            Box(DocxResume.Bullet("Fahrzeuge disponiert und Touren geplant"), 5_200_000),
            Box(DocxResume.Plain("Disponent, Albers Logistik GmbH, 2019 – 2023"), 4_900_000),
            Box(DocxResume.Bold("Berufserfahrung"), 4_500_000),
            Box(DocxResume.Plain("Hochschule Osnabrück, Bachelor Logistik, 2015 – 2019"), 3_400_000),
            Box(DocxResume.Bold("Ausbildung"), 3_000_000),
            Box(DocxResume.Plain("greta.albers@example.de"), 600_000),
            Box(DocxResume.Styled("Greta Albers", "Title"), 0))));

        var resume = Read(bytes);

        Assert.Equal("Greta Albers", resume.Basics.Name);
        var job = Assert.Single(resume.Work);
        Assert.Equal(("Albers Logistik GmbH", "2019", "2023"), (job.Name, job.StartDate, job.EndDate));
        Assert.Equal(["Fahrzeuge disponiert und Touren geplant"], job.Highlights);
        Assert.Equal("Hochschule Osnabrück", Assert.Single(resume.Education).Institution);
    }

    /// <summary>A template whose name box is pinned to the page's top but anchored after the body's career table.</summary>
    [Fact]
    public void A_box_pinned_to_the_top_of_the_page_is_read_first()
    {
        var bytes = DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Bold("Berufserfahrung"));
            body.Append(DocxResume.Plain("Bäckerei Hollmann, Verkäuferin, 2018 – 2022"));
            body.Append(DocxResume.Plain("mareike.hollmann@example.de"));
            body.Append(new Paragraph(Box(DocxResume.Styled("Mareike Hollmann", "Title"), 100_000, frame: "page")));
        });

        var resume = Read(bytes);

        Assert.Equal("Mareike Hollmann", resume.Basics.Name);
        Assert.Equal("Bäckerei Hollmann", Assert.Single(resume.Work).Name);
    }

    [Fact]
    public void A_dotted_day_date_on_the_first_of_a_month_is_day_first()
    {
        var resume = Read(string.Join('\n',
            "Sören Kaltwasser",
            "soeren.kaltwasser@example.de",
            "",
            "BERUFSERFAHRUNG",
            "04.01.2016 - 08.01.2016    Lagerhelfer, Spedition Kröger GmbH",
            "01.03.2017 - 01.06.2018    Fahrer, Kurierdienst Heide GmbH"));

        Assert.Equal([("2016-01", "2016-01"), ("2017-03", "2018-06")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    /// <summary>A Word resume whose headings are set only larger than the text (not bold, no heading style), one of
    /// them a name the lexicon knows only in part ("Previous Employment"); a row's country on its own line stays text.</summary>
    [Fact]
    public void Headings_set_larger_than_the_text_open_sections_in_a_word_document()
    {
        static Paragraph Sized(string text, int halfPoints) => new(new Run(
            new RunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        var bytes = DocxResume.Compose((body, _) => body.Append(
            Sized("Ines Falkenrath", 48),
            Sized("ines.falkenrath@example.de", 24),
            Sized("Education", 36),
            Sized("Hochschule Bremen, Bachelor of Arts, 2016 – 2019", 24),
            Sized("Previous Employment", 36),
            Sized("Buchhandlung Wendel, Verkäuferin, 2019 – 2022", 24),
            Sized("Deutschland", 36),
            DocxResume.Bullet("Kundinnen beraten und Lesungen organisiert"),
            Sized("Volunteering", 36),
            Sized("Tafel Bremen, Helferin, 2020 – 2021", 24)));

        var resume = Read(bytes);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Buchhandlung Wendel", "2019", "2022"), (job.Name, job.StartDate, job.EndDate));
        Assert.Equal(["Kundinnen beraten und Lesungen organisiert"], job.Highlights);
        Assert.Equal("Hochschule Bremen", Assert.Single(resume.Education).Institution);
        Assert.Single(resume.Volunteer);
    }

    private static Run Box(Paragraph content, long top, string frame = "paragraph")
    {
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var xml = $"""
            <w:drawing xmlns:w="{w}"><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
              <wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="{frame}"><wp:posOffset>{top}</wp:posOffset></wp:positionV>
              <wp:extent cx="5000000" cy="300000"/><wp:wrapNone/><wp:docPr id="{top % 100_000 + top / 1000 + 3}" name="Text Box"/>
              <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                <wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{content.OuterXml}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
              </a:graphicData></a:graphic>
            </wp:anchor></w:drawing>
            """;
        return new Run(new Drawing(xml));
    }
}
