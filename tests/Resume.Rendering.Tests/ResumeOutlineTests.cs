using Resume.Model;
using Resume.Rendering.Optimized;

namespace Resume.Rendering.Tests;

public sealed class ResumeOutlineTests
{
    [Fact]
    public void Dated_entries_are_sorted_newest_first_around_an_undated_one_that_keeps_its_place()
    {
        var resume = new ResumeDocument
        {
            Work =
            [
                new Work { Name = "Old", Position = "Intern", StartDate = "2015-01", EndDate = "2016-01" },
                new Work { Name = "Undated", Position = "Engineer" },
                new Work { Name = "Current", Position = "Lead", StartDate = "2022-05" },
                new Work { Name = "Middle", Position = "Developer", StartDate = "2018-01", EndDate = "2022-04" },
            ],
        };

        var titles = Entries(resume, SectionKinds.Work).Select(e => e.Subtitle);

        Assert.Equal(["Current", "Undated", "Middle", "Old"], titles);
    }

    [Fact]
    public void An_entry_with_only_dates_keeps_them_and_one_with_only_a_company_puts_it_first()
    {
        var resume = new ResumeDocument
        {
            Work = [new Work { StartDate = "2023-07", Highlights = ["Led the migration"] }, new Work { Name = "Acme", StartDate = "2020-01", EndDate = "2021-01" }],
        };

        var entries = Entries(resume, SectionKinds.Work);

        Assert.Equal(new EntryBlock("", "Jul 2023 – Present", "", ""), entries[0]);
        Assert.Equal(new EntryBlock("Acme", "Jan 2020 – Jan 2021", "", ""), entries[1]);
    }

    [Fact]
    public void Sections_without_content_are_left_out_and_those_the_guide_does_not_name_follow_in_the_usual_order()
    {
        var resume = new ResumeDocument
        {
            Basics = new Basics { Summary = "  " },
            Languages = [new Language { Name = "German" }],
            Awards = [new Award { Title = "Best paper" }],
            Skills = [new Skill { Name = "Languages", Keywords = ["Go"] }],
            Education = [new Education { Institution = "MIT" }],
        };
        var guide = new GuideSummary { SectionOrder = [SectionKinds.Education, "photo", SectionKinds.Summary, SectionKinds.Skills] };

        var outline = ResumeOutlineBuilder.Build(resume, guide, RenderLimits.Default);

        Assert.Equal(["Education", "Technical Skills", "Awards", "Languages"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Contacts_show_links_without_scheme_and_profiles_without_a_link_by_network_and_name()
    {
        var resume = new ResumeDocument
        {
            Basics = new Basics
            {
                Email = "a@b.co", Location = new Location { City = "Lyon", CountryCode = "FR" },
                Url = "https://www.example.dev/",
                Profiles = [new Profile { Network = "GitHub", Username = "octo" }, new Profile { Url = "http://example.dev" }],
            },
        };

        var outline = ResumeOutlineBuilder.Build(resume, new GuideSummary(), RenderLimits.Default);

        Assert.Equal(["a@b.co", "Lyon", "example.dev", "GitHub: octo"], outline.Contact);
    }

    [Fact]
    public void Bullet_markers_are_dropped_but_a_leading_minus_sign_stays()
    {
        var resume = new ResumeDocument { Work = [new Work { Name = "Acme", Highlights = ["• Shipped v2", "-30% build time", "– Cut costs"] }] };

        var bullets = ResumeOutlineBuilder.Build(resume, new GuideSummary(), RenderLimits.Default)
            .Sections.Single().Blocks.OfType<BulletBlock>().Select(b => b.Text);

        Assert.Equal(["Shipped v2", "-30% build time", "Cut costs"], bullets);
    }

    [Fact]
    public void Control_characters_and_broken_surrogates_never_reach_the_files()
    {
        var resume = new ResumeDocument { Basics = new Basics { Name = "Ana\u0000 \uD800Lima\u0007\n\tSouza\uFFFF" } };

        var outline = ResumeOutlineBuilder.Build(resume, new GuideSummary(), RenderLimits.Default);

        Assert.Equal("Ana Lima Souza", outline.Name);
    }

    private static List<EntryBlock> Entries(ResumeDocument resume, string kind) =>
        ResumeOutlineBuilder.Build(resume, new GuideSummary(), RenderLimits.Default)
            .Sections.Single(s => s.Kind == kind).Blocks.OfType<EntryBlock>().ToList();
}
