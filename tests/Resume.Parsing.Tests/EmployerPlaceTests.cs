using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Employers of one word and places the parser's lists do not know, as people write them under a title.</summary>
public sealed class EmployerPlaceTests
{
    [Fact]
    public void A_known_town_typed_after_the_employer_without_a_comma_before_its_country_is_the_place()
    {
        var resume = Read("""
            Jonas Ahlgren
            jonas.ahlgren@example.de

            BERUFSERFAHRUNG
            Spieleentwickler ― Nordwerk Hamburg, Deutschland                  03/2025 – 04/2025
            • Baute die Menüs des Spiels
            Liftmitarbeiter ― Cypress Peak Vancouver, Kanada                  12/2019 – 04/2020
            • Hielt den Park in Stand
            Praktikant ― Kestrel Spiele Landkreis Stade, NI, Germany          01/2019 – 02/2019
            • Schrieb Werkzeuge für die Level
            Tutor ― Universität Hamburg, Deutschland                          10/2017 – 09/2018
            • Betreute die Übungen
            """);

        Assert.Equal(["Nordwerk", "Cypress Peak", "Kestrel Spiele", "Universität Hamburg"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Spieleentwickler", "Liftmitarbeiter", "Praktikant", "Tutor"], resume.Work.Select(w => w.Position));
        Assert.Equal(["Hamburg, Deutschland", "Vancouver, Kanada", "Landkreis Stade, NI, Germany"], resume.Work.Take(3).Select(w => w.Location));
    }

    [Fact]
    public void A_one_word_employer_on_its_own_line_is_the_employer()
    {
        var resume = Read("""
            Quentin Byrne
            quentin@example.com

            EXPERIENCE
            Heron
            Lead iOS Engineer                                   Dec 2024 – Present
            • Shipped an offline booking flow used by 410K people

            Tidewater Partners LLC
            Senior Mobile Engineer                                Aug 2017 – May 2021
            • Built offline sync for 8 core flows
            """);

        Assert.Equal(["Heron", "Tidewater Partners LLC"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Lead iOS Engineer", "Senior Mobile Engineer"], resume.Work.Select(w => w.Position));
    }

    [Fact]
    public void A_one_word_employer_before_its_place_keeps_its_name_when_the_region_is_a_code_the_lists_do_not_know()
    {
        var resume = Read("""
            Quentin Byrne
            quentin@example.com

            EXPERIENCE
            12/2024 – present | Lead iOS Engineer
            Heron, São Paulo, SP
            • Shipped an offline booking flow used by 410K people

            08/2017 – 05/2021 | Senior Mobile Engineer
            Tidewater Partners LLC, Curitiba, PR
            • Built offline sync for 8 core flows
            """);

        Assert.Equal(["Heron", "Tidewater Partners LLC"], resume.Work.Select(w => w.Name));
        Assert.Equal(["São Paulo, SP", "Curitiba, PR"], resume.Work.Select(w => w.Location));
        Assert.Equal([("2024-12", null), ("2017-08", "2021-05")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void An_employer_named_as_a_business_before_a_city_is_the_employer_and_the_city_its_place()
    {
        var resume = Read("""
            Wei Ling Tan
            weiling@example.com

            EXPERIENCE
            Senior Analyst                                                       Mar 2021 – Present
            Brightwater Capital, Singapore
            • Built the credit risk dashboard used by 40 analysts

            Analyst                                                              Jul 2018 – Feb 2021
            Harbourline Partners, Hong Kong
            • Modelled cash flows for 12 infrastructure deals
            """);

        Assert.Equal(["Brightwater Capital", "Harbourline Partners"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Singapore", "Hong Kong"], resume.Work.Select(w => w.Location));
    }

    [Fact]
    public void A_one_word_employer_between_the_title_and_a_known_town_and_region_is_the_employer()
    {
        var resume = Read("""
            Emile Adeyemi
            emile@example.com

            EXPERIENCE
            Sep. 2018 to Oct. 2020    iOS Developer, Bluefin, Leipzig, Saxony
            • Raised crash-free sessions to 99.8%
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("iOS Developer", "Bluefin", "Leipzig, Saxony"), (job.Position, job.Name, job.Location));
    }

    [Fact]
    public void A_one_word_employer_before_the_title_on_one_line_is_the_employer()
    {
        var resume = Read("""
            Quentin Byrne
            quentin@example.com

            EXPERIENCE
            Heron, Lead iOS Engineer                           Dec 2024 – Present
            • Shipped an offline booking flow used by 410K people
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Heron", "Lead iOS Engineer"), (job.Name, job.Position));
    }

    [Theory]
    [InlineData("Kaunas, Lithuania")]
    [InlineData("Tromsø, Troms")]
    [InlineData("Ełk, Warmińsko-Mazurskie")]
    public void A_two_part_place_the_lists_do_not_know_is_the_location_not_part_of_the_employer(string place)
    {
        var resume = Read($"""
            Ruta Vaitkutė
            ruta@example.com

            EXPERIENCE
            Senior Data Engineer                                 March 2019 – June 2021
            Yarrow Biotech, {place}
            • Introduced data contracts between 9 producing teams and analytics

            Data Engineer                                        March 2015 – January 2019
            Nordlys Analytics AS, {place}
            • Built pipelines processing 4 TB of clickstream data per day
            """);

        Assert.Equal(["Yarrow Biotech", "Nordlys Analytics AS"], resume.Work.Select(w => w.Name));
        Assert.Equal([place, place], resume.Work.Select(w => w.Location));
    }

    [Fact]
    public void A_title_employer_and_place_line_closed_by_a_full_stop_after_a_region_code_keeps_the_one_word_employer()
    {
        var resume = Read("""
            Quentin Byrne
            quentin@example.com

            EXPERIENCE
            Lead iOS Engineer, Heron, São Paulo, SP.                     Dec 2024 — Current
            • Shipped an offline booking flow used by 410K people
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Heron", "Lead iOS Engineer"), (job.Name, job.Position));
        Assert.StartsWith("São Paulo, SP", job.Location);
    }

    [Fact]
    public void A_state_code_that_is_also_a_legal_form_after_a_known_town_is_the_state_not_the_employer()
    {
        var resume = Read("""
            Lorna Whitcombe
            lorna@example.com

            EXPERIENCE
            Chemistry Teacher, Bramble Corp., Denver, CO.                     2019-01 to 2022-10
            • Raised lab safety scores by a third
            Chemistry Teacher, Kestrel Academy, Calgary, AB                  2016-02 to 2018-12
            • Ran the science fair for 300 pupils
            """);

        Assert.Equal([("Bramble Corp.", "Chemistry Teacher"), ("Kestrel Academy", "Chemistry Teacher")], resume.Work.Select(w => (w.Name, w.Position)));
        Assert.StartsWith("Denver, CO", resume.Work[0].Location);
        Assert.Equal("Calgary, AB", resume.Work[1].Location);
    }

    [Fact]
    public void A_legal_form_wrapped_onto_a_line_of_its_own_stays_with_its_company()
    {
        var resume = Read("""
            Hana Lindqvist
            hana@example.com

            EXPERIENCE
            Clinical Nurse Specialist, Kingfisher Technologies
            LLC
            July 2021 – September 2022
            • Reduced patient falls by 42% with hourly rounding

            Charge Nurse, Brightwater Pty Ltd
            June 2019 – June 2021
            • Cut medication errors by 38% by introducing double checks
            """);

        Assert.Equal(["Kingfisher Technologies LLC", "Brightwater Pty Ltd"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Clinical Nurse Specialist", "Charge Nurse"], resume.Work.Select(w => w.Position));
    }
    [Fact]
    public void A_piece_closed_by_a_legal_form_is_the_employer_and_never_joins_the_title_before_it()
    {
        var resume = Read("""
            Jonas Wendt
            jonas.wendt@example.com

            BERUFSERFAHRUNG
            Praktikum als Beton- und Stahlbetonbauer, Krollmann Hochbau mbH, Dinkelsbrück
            September 2022 – Oktober 2022
            • vierwöchiges Vorpraktikum für das Studium
            """);

        Assert.Equal(("Krollmann Hochbau mbH", "Praktikum als Beton- und Stahlbetonbauer", "Dinkelsbrück"),
            (resume.Work[0].Name, resume.Work[0].Position, resume.Work[0].Location));
    }
    [Fact]
    public void A_header_line_whose_next_words_would_not_fit_on_it_runs_on_into_the_line_below()
    {
        const double left = 60;
        const string header = "Werkstudent im kaufmännischen Bereich, Harrow & Pendle Germany";
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            // The column ends a little past the header: too close for "GmbH," to have stood on its line.
            var edge = left + c.Width(header, 12, bold: true) + 18;
            c.Draw("Jonas Wendt", left, 20, bold: true);
            c.Advance(22);
            c.Draw("jonas.wendt@example.com", left, 10);
            c.Advance(24);
            c.Draw("BERUFSERFAHRUNG", left, 14, bold: true);
            c.Advance(20);
            c.Draw(header, left, 12, bold: true);
            c.Advance(14);
            c.Draw("GmbH, Essen", left, 12, bold: true);
            c.Advance(16);
            c.Paragraph("März 2021 – August 2023", left + 12, edge - left - 12, 11, "·");
            c.Advance(8);
            c.Draw("Aushilfe im Einzelhandel, Kettler Backstube, Gelsenkirchen", left, 12, bold: true);
            c.DrawRight("2019", edge, 12, bold: true);
            c.Advance(16);
            c.Paragraph("Mai 2019 – Januar 2021", left + 12, edge - left - 12, 11, "·");
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(("Harrow & Pendle Germany GmbH", "Werkstudent im kaufmännischen Bereich"), (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Fact]
    public void An_employer_closed_by_a_city_that_is_a_region_of_its_own_is_the_employer_under_its_title()
    {
        var resume = Read("""
            Ilka Brandhorst
            ilka.brandhorst@example.com

            BERUFSERFAHRUNG

            KI-Beraterin
            Nordlicht Wetterdienste, Hamburg
            01/2022 - 09/2022
            • Modelle für Küstenprognosen betreut.

            Datenanalystin
            Kranich Logistik GmbH, Bremerhaven
            10/2018 - 12/2021
            • Lieferketten ausgewertet.
            """);

        Assert.Equal(("Nordlicht Wetterdienste", "KI-Beraterin", "Hamburg"), (resume.Work[0].Name, resume.Work[0].Position, resume.Work[0].Location));
    }
}
