using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Habits of resumes typed in Google Docs, printed from HTML pages, written in Markdown or Typst, as documents
/// written in code.</summary>
public sealed class GoogleDocsHabitTests
{
    [Fact]
    public void A_line_drawn_with_box_characters_under_a_heading_is_not_the_first_employer()
    {
        var resume = Read("""
            Nadia Okafor
            nadia.okafor@example.com | Leeds, UK

            Experience
            ──────────────────────────────────────────────
            Machine Learning Engineer                    Aug. 2025 - Current
            Aldermoor University Robotics Club        Leeds, UK
            ● Trained driving models in simulation for real-time control
            Software Engineer                            Feb. 2024 - Nov. 2024
            Kestrel Freight                              York, UK
            ● Built a pricing pipeline for marketplace data
            """);

        Assert.Equal([("Aldermoor University Robotics Club", "Machine Learning Engineer"), ("Kestrel Freight", "Software Engineer")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void Hollow_square_bullets_mark_list_items()
    {
        var resume = Read("""
            Nadia Okafor
            nadia.okafor@example.com

            Skills
            ❏ Spreadsheet modelling
            ❏ Stock control
            ❏ Customer service
            """);

        Assert.Equal(["Spreadsheet modelling", "Stock control", "Customer service"], resume.Keywords());
    }
    [Fact]
    public void Skills_written_as_a_category_with_its_items_in_brackets_are_the_items()
    {
        var resume = Read("""
            Priya Raman
            priya.raman@example.com

            Skills
            Database(MySQL), Frontend(React, Vue), Cloud(AWS)
            Kubernetes (CKA), Git
            """);

        Assert.Equal(["MySQL", "React", "Vue", "AWS"], resume.Skills.Where(s => s.Name is "Database" or "Frontend" or "Cloud").SelectMany(s => s.Keywords));
        Assert.Contains("Kubernetes (CKA)", resume.Keywords());
        Assert.DoesNotContain("Database(MySQL)", resume.Keywords());
    }

    [Theory]
    [InlineData("mailto:elena.papadakis@example.comm")]
    [InlineData("mailto:eelena.papadakis@example.com")]
    public void A_mistyped_link_behind_the_printed_address_does_not_replace_it(string link)
    {
        var bytes = DocxResume.Compose((body, main) =>
        {
            body.Append(DocxResume.Styled("Elena Papadakis", "Title"));
            body.Append(DocxResume.Linked(main, ("elena.papadakis@example.com", link), (" · ", null), ("+30 210 555 0143", null)));
            body.Append(DocxResume.Styled("Skills", "Heading1"));
            body.Append(DocxResume.Plain("Go, Kotlin, PostgreSQL"));
        });

        Assert.Equal("elena.papadakis@example.com", Read(bytes).Basics.Email);
    }

    [Fact]
    public void A_link_completing_an_address_cut_at_a_dot_still_completes_it()
    {
        var bytes = DocxResume.Compose((body, main) =>
        {
            body.Append(DocxResume.Styled("Elena Papadakis", "Title"));
            body.Append(DocxResume.Linked(main, ("elena.papadakis@example.co", "mailto:elena.papadakis@example.co.uk"), (" · ", null), ("+30 210 555 0143", null)));
            body.Append(DocxResume.Styled("Skills", "Heading1"));
            body.Append(DocxResume.Plain("Go, Kotlin, PostgreSQL"));
        });

        Assert.Equal("elena.papadakis@example.co.uk", Read(bytes).Basics.Email);
    }
    [Fact]
    public void A_numbered_list_of_jobs_with_their_years_is_a_list_of_jobs()
    {
        var resume = Read("""
            Priya Raman
            priya.raman@example.com

            Work Experience
            1. Staff Nurse, Leeds General Infirmary, 2018 - 2021
            2. Healthcare Assistant, Harrogate District Hospital, 2015 - 2018
            3. Ward Clerk, Sunrise Hospice, 2013 - 2015

            Education
            BSc Nursing, University of Leeds, 2018
            """);

        Assert.Equal([("Leeds General Infirmary", "Staff Nurse", "2018"), ("Harrogate District Hospital", "Healthcare Assistant", "2015"),
            ("Sunrise Hospice", "Ward Clerk", "2013")], resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
        Assert.All(resume.Work, w => Assert.Empty(w.Highlights));
    }
    [Fact]
    public void Jobs_told_in_sentences_are_read_from_the_sentences()
    {
        var resume = Read("""
            Priya Raman
            priya.raman@example.com

            Experience
            From March 2018 to June 2021 I worked as a Staff Nurse at Leeds General Infirmary, caring for patients on a busy surgical ward.
            Before that, from 2015 to 2018, I was a Healthcare Assistant at Harrogate District Hospital.

            Education
            BSc Nursing, University of Leeds, 2018
            """);

        Assert.Equal([("Leeds General Infirmary", "Staff Nurse", "2018-03", "2021-06"), ("Harrogate District Hospital", "Healthcare Assistant", "2015", "2018")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
    }
    [Fact]
    public void The_employer_under_a_title_whose_years_stand_in_the_margin_is_the_employer_not_a_duty()
    {
        var resume = Read("""
            Priya Raman
            priya.raman@example.com

            Experience

            2018–2021     Staff Nurse
                          Leeds General Infirmary
                          - Managed a ward of 24 beds
                          - Trained new staff

            2015–2018     Healthcare Assistant
                          Harrogate District Hospital
                          - Supported patients with daily care
            """);

        Assert.Equal([("Leeds General Infirmary", "Staff Nurse", 2), ("Harrogate District Hospital", "Healthcare Assistant", 1)],
            resume.Work.Select(w => (w.Name, w.Position, w.Highlights.Count)));
    }
    [Theory]
    [InlineData("08/07/2021 - 02/25/2022", "2021-08", "2022-02")]
    [InlineData("25/07/2021 - 08/02/2022", "2021-07", "2022-02")]
    public void Both_days_of_a_range_are_read_in_the_order_one_of_them_shows(string range, string start, string end)
    {
        var resume = Read($"""
            Priya Raman
            priya.raman@example.com

            Experience
            Customer Care Supervisor
            Publix Super Markets | Lakeland, FL | {range}
            • Led a team of 25 associates
            """);

        Assert.Equal((start, end), (resume.Work[0].StartDate, resume.Work[0].EndDate));
    }
    [Fact]
    public void A_town_named_with_its_wider_area_after_a_slash_is_the_town()
    {
        var resume = Read("""
            Gianni Moretti
            Miami/Broward County, FL
            (786) 555-0142
            gianni@example.com

            Skills
            Java, Firebase
            """);

        Assert.Equal("Miami", resume.Basics.Location?.City);
    }
}
