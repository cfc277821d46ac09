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
}
