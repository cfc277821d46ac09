using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A title so long it fills the line pushes the end of its dates onto the next line, alone.</summary>
public sealed class WrappedRangeEndTests
{
    [Fact]
    public void A_range_cut_after_its_dash_takes_the_date_alone_on_the_next_line_as_its_end()
    {
        const string text = """
            Mira Hollenbeck
            mira.hollenbeck@example.com | +43 660 5550182

            BERUFSERFAHRUNG
            Studentische Mitarbeiterin – Institut für Wirtschaftsgeschichte und Regionalentwicklung 12/2024 –
            02/2025
            Forschungsassistenz für ein Feldprojekt.
            Mitarbeiterin Datenerhebung, Landesklinikum Hallwang 11/2023 – 01/2024
            Datenerhebung und Qualitätssicherung.
            """;

        var resume = Read(text);

        Assert.Equal(2, resume.Work.Count);
        Assert.Equal(("2024-12", "2025-02"), (resume.Work[0].StartDate, resume.Work[0].EndDate));
    }
}
