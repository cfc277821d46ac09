using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Lists of skills in the shapes people give them: flush right down a sidebar, one item a line with space
/// between items, labels closed by a colon, items indented under a label, under headings named for what they list
/// ("Tools", "Technologies and Languages"), beside a list of courses that is no list of skills.</summary>
public sealed class SkillListShapeTests
{
    private const double Left = 40, Right = 555, Body = 9;

    [Fact]
    public void A_list_set_flush_right_has_no_labels_where_its_lines_get_shorter()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Experience");
            Line(c, "Quality Analyst, Larchmont Health, March 2016 - May 2021");
            c.Advance(8);
            c.DrawRight("SKILLS", Right, 11, bold: true);
            c.Advance(20);
            // Right-aligned items start further right when they are shorter: that is no indent under a label.
            foreach (var item in (string[])["Usability Testing & Heuristics", "Wireframing", "Information Architecture", "Figma", "Personas & User Stories", "Jira"])
            {
                c.DrawRight(item, Right, Body);
                c.Advance(16);
            }
        }));

        Assert.Equal(["Usability Testing & Heuristics", "Wireframing", "Information Architecture", "Figma", "Personas & User Stories", "Jira"],
            resume.Keywords());
    }

    [Fact]
    public void Items_at_the_indent_of_their_siblings_are_items_and_bracketed_notes_are_no_list()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            Line(c, "Campaigns");
            foreach (var item in (string[])["Email Marketing", "ABM Programmes", "Paid Media (LinkedIn, Bing)", "Content Strategy"])
            {
                Line(c, item, indent: 8);
            }
            Line(c, "Technical");
            foreach (var item in (string[])["SQL & Python", "Looker Dashboards"])
            {
                Line(c, item, indent: 8);
            }
        }));

        Assert.Equal(["Email Marketing", "ABM Programmes", "Paid Media (LinkedIn, Bing)", "Content Strategy", "SQL & Python", "Looker Dashboards"],
            resume.Keywords());
        Assert.Equal(["Campaigns", "Technical"], resume.Skills.Select(s => s.Name));
    }

    [Fact]
    public void An_item_wrapped_at_the_line_pitch_between_items_set_a_paragraph_apart_is_one_item()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            // A narrow text box: each item its own paragraph (20 pt apart), a long one wrapping at the line pitch (14 pt).
            foreach (var item in (string[][])[["Fluent in Portuguese"], ["Bookkeeping"], ["Experience working in", "hospitality and front", "desk service"], ["Stock control"], ["First aid certified"]])
            {
                foreach (var piece in item)
                {
                    c.Draw(piece, Left, Body);
                    c.Advance(14);
                }
                c.Advance(6);
            }
        }));

        Assert.Equal(["Fluent in Portuguese", "Bookkeeping", "Experience working in hospitality and front desk service", "Stock control", "First aid certified"],
            resume.Keywords());
    }

    [Fact]
    public void A_label_closed_by_its_colon_labels_the_bulleted_items_under_it()
    {
        var resume = Read("""
            Marisol Okafor
            marisol.okafor@example.com

            SKILLS
            • Programming languages:
              • Advanced: Python, TypeScript
              • Basics: Haskell, Rust
            • Frameworks and tools:
              Django, React, Vite

            EDUCATION
            University of Porto
            MSc Informatics, 2019
            """);

        Assert.Equal(["Python", "TypeScript", "Haskell", "Rust", "Django", "React", "Vite"], resume.Keywords());
    }

    [Fact]
    public void A_tools_heading_and_a_technologies_and_languages_heading_open_skills()
    {
        var resume = Read("""
            Idris Vance
            idris.vance@example.com

            TECHNOLOGIES AND LANGUAGES
            Programming Languages: Kotlin, Swift
            Technology: Xcode, Git

            EDUCATION
            Dublin City University
            BSc Computing, 2020

            TOOLS
            Salesforce / Pardot
            Google Analytics 4 / Search Console
            """);

        Assert.Equal(["Kotlin", "Swift", "Xcode", "Git", "Salesforce / Pardot", "Google Analytics 4 / Search Console"], resume.Keywords());
        Assert.Empty(resume.Languages);
    }

    [Fact]
    public void A_list_of_courses_under_its_own_heading_is_no_list_of_skills_and_addresses_are_no_skills()
    {
        var resume = Read("""
            Tamsin Achebe
            tamsin.achebe@example.com

            SKILLS
            Blender, Figma, Unity, https://github.com/example/shaders

            RELEVANT COURSEWORK
            Creative Coding
            Web Design
            2D Animation

            EDUCATION
            Louisiana Tech University
            BA Digital Media, 2024
            """);

        Assert.Equal(["Blender", "Figma", "Unity"], resume.Keywords());
    }

    [Fact]
    public void A_label_opens_a_group_of_its_own_even_when_named_like_the_group_above_it()
    {
        var resume = Read(Pdf(c =>
        {
            // Headings set large, group labels in bold at text size, as a LaTeX sidebar class sets them.
            c.Draw("EDUCATION", Left, 16, bold: true);
            c.Advance(24);
            Line(c, "University of Lisbon, PhD Statistics, 2019 - 2024");
            c.Advance(8);
            c.Draw("SKILLS", Left, 16, bold: true);
            c.Advance(24);
            Line(c, "Programming", size: 10, bold: true);
            Line(c, "Languages: Python, R, SQL", indent: 8);
            Line(c, "Languages", size: 10, bold: true);
            Line(c, "English (native)", indent: 8);
            Line(c, "Portuguese (fluent)", indent: 8);
        }));

        Assert.Equal(["Python", "R", "SQL"], resume.Keywords());
        Assert.Equal(["English", "Portuguese"], resume.Languages.Select(l => l.Name));
    }

    [Fact]
    public void Chips_under_an_unknown_heading_are_skills_with_a_network_name_among_them_but_not_their_level()
    {
        var resume = Read("""
            Odile Brandt
            odile.brandt@example.com

            SUMMARY
            Cloud architect who automates what others click through.

            INFRASTRUCTURE AS CODE
            Expert
            GitHub
            Jenkins
            ArgoCD
            Kubernetes

            EDUCATION
            University of Ottawa
            BSc Information Technology, 1995
            """);

        Assert.Equal(["GitHub", "Jenkins", "ArgoCD", "Kubernetes"], resume.Keywords());
    }

    [Fact]
    public void A_group_label_wrapped_onto_a_second_line_is_one_label()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            Line(c, "Front-", size: 12, bold: true);
            Line(c, "end development", size: 12, bold: true);
            Line(c, "React, Redux, Vite", indent: 4);
            Line(c, "Data", size: 12, bold: true);
            Line(c, "PostgreSQL, Redis", indent: 4);
        }));

        Assert.Equal(["React", "Redux", "Vite", "PostgreSQL", "Redis"], resume.Keywords());
        Assert.Equal(["Front-end development", "Data"], resume.Skills.Select(s => s.Name));
    }

    [Fact]
    public void A_skills_heading_run_into_its_list_inside_a_profile_gives_skills()
    {
        var resume = Read("""
            Daria Kovalenko
            daria.kovalenko@example.com

            PROFILE
            Designer and marketer with five years of brand and campaign work for small studios.
            Core Skills: Brand Strategy | Campaign Management | Content Creation
            UI/UX Design | WordPress | Google Analytics

            EXPERIENCE
            Northlight Studio
            Content Designer | 2021 - Present
            • Ran the studio's campaigns for twelve clients.
            """);

        Assert.Equal(["Brand Strategy", "Campaign Management", "Content Creation", "UI/UX Design", "WordPress", "Google Analytics"], resume.Keywords());
        Assert.DoesNotContain("WordPress", resume.Basics.Summary ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_line_that_ends_between_items_does_not_glue_the_next_line_onto_its_last_item()
    {
        var resume = Read("""
            Lorcan Fitz
            lorcan.fitz@example.com

            SKILLS
            Digital Marketing | Brand Strategy | Campaign Management | Content Creation
            UI/UX Design | Graphic Design | Copywriting
            """);

        Assert.Equal(["Digital Marketing", "Brand Strategy", "Campaign Management", "Content Creation", "UI/UX Design", "Graphic Design", "Copywriting"],
            resume.Keywords());
    }

    [Fact]
    public void A_label_cell_beside_a_single_item_under_label_rows_is_a_label()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var (label, value) in ((string, string)[])[("Advanced", "Go, Swift, Postgres, SQLite"), ("Languages", "English & Russian (fluent)")])
            {
                c.Draw(label, Left + 4, Body, bold: true);
                c.Draw(value, Left + 90, Body);
                c.Advance(Body + 5);
            }
        }));

        Assert.Equal(["Go", "Swift", "Postgres", "SQLite"], resume.Keywords());
        Assert.NotEmpty(resume.Languages);
    }

    [Fact]
    public void A_row_of_two_list_cells_has_no_label_cell()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            // Two columns of lists side by side, each cell a list that wraps on in its column.
            foreach (var (left, right) in ((string, string)[])[("Seqtk, Velvet,", "qPCR, Western blot,"), ("SPAdes, Trinity", "ELISA, flow cytometry")])
            {
                c.Draw(left, Left, Body);
                c.Draw(right, Left + 220, Body);
                c.Advance(Body + 5);
            }
        }));

        Assert.Contains("Seqtk", resume.Keywords());
        Assert.Contains("Velvet", resume.Keywords());
        Assert.Contains("qPCR", resume.Keywords());
    }

    private static byte[] Pdf(Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Line(c, "Rowan Ekwueme", size: 18, bold: true);
            Line(c, "rowan.ekwueme@example.com | (555) 310-2294 | Denver, CO");
            c.Advance(12);
            draw(c);
        }
        return document.ToBytes();
    }

    private static void Heading(PdfCanvas c, string text)
    {
        c.Draw(text.ToUpperInvariant(), Left, 11, bold: true);
        c.Advance(20);
    }

    private static void Line(PdfCanvas c, string text, double size = Body, bool bold = false, double indent = 0)
    {
        c.Draw(text, Left + indent, size, bold);
        c.Advance(size + 4);
    }
}
