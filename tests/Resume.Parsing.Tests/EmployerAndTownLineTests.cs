using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An executive's jobs, each the employer's line with its town and years over a line on the company and the
/// title held there with its months, one title written with a comma ("Vice President, Finance").</summary>
public sealed class EmployerAndTownLineTests
{
    [Fact]
    public void An_employers_line_closed_by_a_known_town_opens_a_new_job_not_a_role_under_the_last()
    {
        var resume = Read("""
            Ines Takahara-Wolfe
            ines.wolfe@example.com | +65 8123 4471 | Singapore

            EXPERIENCE

            MARLOW HARBOUR LOGISTICS, Singapore    2016 – 2021
            A shipping group of 900 staff across 6 ports.
            Chief Financial Officer    03/2016 – 08/2021
            • Refinanced the group's debt at two points lower
            • Closed the books in five days instead of twelve

            TESSEL FOODS, Singapore    2011 – 2016
            A 200 million dollar snack maker with 3 plants.
            Vice President, Finance    06/2011 – 02/2016
            • Built the first rolling forecast
            """);

        Assert.Equal([("MARLOW HARBOUR LOGISTICS", "Chief Financial Officer", "2016-03"), ("TESSEL FOODS", "Vice President, Finance", "2011-06")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
        Assert.All(resume.Work, w => Assert.Equal("Singapore", w.Location));
    }
}
