using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A group of skills set as a heading over its items: a level after an item's colon ("Tableau: very good") rates the
/// skill and is no part of its name.
/// </summary>
public sealed class SkillGroupHeadingTests
{
    [Fact]
    public void A_level_after_an_items_colon_under_a_group_heading_is_no_part_of_the_skill()
    {
        var resume = Read("""
            Tamsin Oyelaran
            tamsin.oyelaran@example.com

            EXPERIENCE
            Data Analyst, Harbour Freight Analytics
            March 2021 – Present
            • Built the weekly demand forecast

            DATA TOOLS
            Tableau: very good
            Power Query: good
            Looker: basic

            INTERESTS
            Rowing
            """);

        Assert.Equal(["Tableau", "Power Query", "Looker"], resume.Skills.SelectMany(s => s.Keywords ?? []));
    }
}
