using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Swedish writes a title as one compound word ending in its head ("Lagermedarbetare", "Barnskötare"), as German
/// does: set over the employer's line, it is the title, and the line under it, with its town, the employer.</summary>
public sealed class ScandinavianCompoundTitleTests
{
    [Fact]
    public void A_compound_swedish_title_over_the_employers_line_is_the_title()
    {
        var resume = Read("""
            Karin Ek
            karin.ek@example.com

            Arbetslivserfarenhet

            Lagermedarbetare
            Stadsbiblioteket, Göteborg
            jun 2019 - aug 2020
            Plockade och packade böcker till stadens tolv bibliotek.

            Barnskötare
            Solrosens förskola, Mölndal
            jun 2017 - aug 2017
            Tog hand om barnen under sommaren.
            """);

        Assert.Equal(["Lagermedarbetare", "Barnskötare"], resume.Work.Select(w => w.Position));
        Assert.All(resume.Work.Zip(["Stadsbiblioteket", "Solrosens förskola"]), p => Assert.StartsWith(p.Second, p.First.Name));
    }
}
