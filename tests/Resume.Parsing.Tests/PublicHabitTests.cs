using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Habits of resumes people made themselves with public templates (JSON Resume themes, hand-written
/// HTML): a headline that is the name and the title, a labelled list closing each job.</summary>
public sealed class PublicHabitTests
{
    [Theory]
    [InlineData("DANA WHITFIELD – Registered Nurse | Intensive Care", "DANA WHITFIELD")]
    [InlineData("Dana Whitfield — Registered Nurse", "Dana Whitfield")]
    public void A_headline_of_name_dash_title_gives_the_name_alone(string headline, string name)
    {
        var resume = Read($"""
            {headline}
            Leeds, UK | dana.whitfield@example.com

            WORK EXPERIENCE
            St James's University Hospital
            Staff Nurse | Mar 2021 – Present
            • Cared for up to six ventilated patients a shift
            """);

        Assert.Equal(name, resume.Basics.Name);
    }

    [Fact]
    public void A_labelled_list_closing_a_job_stays_in_that_job_and_is_no_employer()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            WORK EXPERIENCE
            Harbour Dental Clinic
            Dental Hygienist | Mar 2021 – Present
            Preventive care for a busy family practice.
            • Screened twenty patients a day for gum disease
            • Ran the fluoride programme for four local schools
            Tools: Dentrix, intraoral cameras, ultrasonic scalers
            Northgate Orthodontics
            Dental Assistant | Jun 2018 – Feb 2021
            Chairside support for two orthodontists.
            • Prepared brackets and wires for forty fittings a week
            • Kept sterilisation logs for the yearly inspection
            Tools: Dolphin Imaging, autoclaves
            Riverside Pharmacy
            Pharmacy Assistant | Sep 2016 – May 2018
            • Dispensed repeat prescriptions under supervision
            Tools: ProScript, stock control scanners

            EDUCATION
            University of Leeds
            Diploma in Dental Hygiene, 2018
            """);

        Assert.Equal(["Harbour Dental Clinic", "Northgate Orthodontics", "Riverside Pharmacy"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Dental Hygienist", "Dental Assistant", "Pharmacy Assistant"], resume.Work.Select(w => w.Position));
    }
}
