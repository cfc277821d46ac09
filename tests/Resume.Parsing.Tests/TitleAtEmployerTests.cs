using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>"Title bei Employer" (invented people): the preposition says which side is the title, whatever order the
/// section's other entries keep.</summary>
public sealed class TitleAtEmployerTests
{
    [Fact]
    public void The_preposition_orders_title_and_employer_among_entries_that_name_the_employer_first()
    {
        var resume = Read(string.Join('\n',
            "Dilan Korkmaz",
            "dilan.korkmaz@example.de",
            "",
            "Berufserfahrungen",
            "06/2021 - 02/2023    Lieferfahrer Kranz und Söhne GmbH",
            "Hamminkeln",
            "01/2019 - 05/2021    Kassiererin bei Grillhaus Emsland",
            "03/2016 - 12/2018    Packerin bei Versandlager Ostwall"));

        Assert.Contains(resume.Work, w => w.Position == "Kassiererin" && (w.Name ?? "").StartsWith("Grillhaus Emsland", StringComparison.Ordinal));
        Assert.Contains(resume.Work, w => w.Position == "Packerin" && (w.Name ?? "").StartsWith("Versandlager Ostwall", StringComparison.Ordinal));
    }

    [Fact]
    public void The_preposition_set_in_capitals_in_a_line_of_capitals_joins_the_title_to_the_employer()
    {
        var resume = Read(string.Join('\n',
            "Joris Vermeulen",
            "joris.vermeulen@example.be",
            "",
            "ERVARING",
            "VAKANTIEWERK BIJ ZORGCENTRUM DE LINDE (PEER)",
            "(01/07/2023-12/08/2023)",
            "Ik heb de IT-dienst geholpen met het uitrollen van laptops.",
            "",
            "STAGE BIJ VERBEKE TRANSPORT (GENK)",
            "(26/02/2024-24/05/2024)",
            "Ik heb logbestanden geanalyseerd en dashboards gebouwd."));

        // The town in brackets after the employer may stay with it.
        Assert.Equal([("VAKANTIEWERK", "ZORGCENTRUM DE LINDE"), ("STAGE", "VERBEKE TRANSPORT")],
            resume.Work.Select(w => (w.Position, w.Name!.Split(" (")[0])));
    }
}
