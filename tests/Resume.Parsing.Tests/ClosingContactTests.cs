using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Contact details in a closing footer: what stands above the footer stays in its section.</summary>
public sealed class ClosingContactTests
{
    [Fact]
    public void A_footer_that_opens_with_a_lower_case_address_leaves_the_line_above_it_in_its_section()
    {
        var resume = Read("""
            Marta Kowalczyk
            Product Designer

            EXPERIENCE
            Senior Product Designer, Heron Labs                     2020 – Present
            • Redesigned onboarding, lifting activation by 18%

            INTERESTS
            Trail running, chess, ceramics
            marta.kowalczyk@example.com · Leeds, West Yorkshire · portfolio at marta.design
            """);

        Assert.Equal("marta.kowalczyk@example.com", resume.Basics.Email);
        Assert.Equal(["Trail running", "chess", "ceramics"], resume.Interests.Select(i => i.Name));
    }
}
