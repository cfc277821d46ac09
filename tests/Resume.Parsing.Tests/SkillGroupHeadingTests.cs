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

    [Fact]
    public void A_rated_skill_above_a_labelled_list_is_a_skill_not_the_lists_label()
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
            Reporting: Power BI, basic SQL
            Looker: basic

            INTERESTS
            Rowing
            """);

        var keywords = resume.Skills.SelectMany(s => s.Keywords ?? []).ToList();
        Assert.Contains("Tableau", keywords);
        Assert.Contains(keywords, k => k.Contains("Power BI"));
        Assert.Contains(keywords, k => k.Contains("basic SQL"));
    }

    [Fact]
    public void A_level_after_each_items_colon_under_a_skills_heading_rates_the_skill()
    {
        var resume = Read("""
            Joaquim Ferreira-Lund
            joaquim.fl@example.com

            EXPERIENCE
            Field Technician, Nordkyst Energi
            2019 – Present
            • Serviced offshore wind turbine gearboxes

            SKILLS
            AutoCAD: advanced
            SCADA systems: intermediate
            Hydraulics: Grundkenntnisse
            """);

        Assert.Equal(["AutoCAD", "SCADA systems", "Hydraulics"], resume.Skills.SelectMany(s => s.Keywords ?? []));
    }
}
