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
}
