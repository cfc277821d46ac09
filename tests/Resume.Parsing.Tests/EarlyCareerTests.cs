using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Resumes of students, new nurses and teachers, researchers and tradespeople: the headings, entry lines and
/// name lines their guides teach, which an experienced professional's resume does not have.</summary>
public sealed class EarlyCareerTests
{
    [Fact]
    public void Clinical_rotations_are_experience_with_the_hospital_as_employer_and_the_hours_left_out()
    {
        var resume = Read("""
            Jordan Okafor, BSN, RN
            jordan.okafor@example.com | (208) 555-0142 | Boise, ID

            LICENSES & CERTIFICATIONS
            • Registered Nurse (RN), Idaho Board of Nursing (Jul 2025)

            CLINICAL ROTATIONS
            Medical-Surgical Clinical Rotation                              Jan 2025 – Mar 2025
            Lakeview Rehabilitation Center, Boise, ID | 120 clinical hours
            • Performed head-to-toe assessments and documented findings in Epic
            Pediatrics Clinical Rotation                                    Apr 2025 – Jun 2025
            Mercy Children's Hospital (90 hours)
            • Monitored vital signs and reported changes to the charge nurse
            """);

        Assert.Equal("Jordan Okafor", resume.Basics.Name);
        Assert.Equal(["Lakeview Rehabilitation Center", "Mercy Children's Hospital"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Medical-Surgical Clinical Rotation", "Pediatrics Clinical Rotation"], resume.Work.Select(w => w.Position));
        Assert.Equal(["Registered Nurse (RN)"], resume.Certificates.Select(c => c.Name));
    }

    [Theory]
    [InlineData("Fresher")]
    [InlineData("None")]
    [InlineData("N/A")]
    [InlineData("No work experience yet.")]
    public void An_experience_section_that_says_there_is_no_job_yet_holds_no_job(string line)
    {
        var resume = Read($"""
            Priya Natarajan
            priya.natarajan@example.com | Coimbatore

            WORK EXPERIENCE
            {line}

            EDUCATION
            B.Sc. Computer Science, Kovai Arts College                      2021 – 2024
            """);

        Assert.Empty(resume.Work);
        Assert.Single(resume.Education);
    }

    [Theory]
    [InlineData("Ana Ruiz, PhD", "Ana Ruiz")]
    [InlineData("Sam Lee, M.Ed., NBCT", "Sam Lee")]
    [InlineData("Lee Hart, CPA", "Lee Hart")]
    [InlineData("Ruiz, Ana", "Ruiz, Ana")]
    [InlineData("Henry Ford III", "Henry Ford III")]
    public void Letters_after_a_name_are_credentials_not_part_of_it(string line, string name)
    {
        var resume = Read($"""
            {line}
            someone@example.com

            EXPERIENCE
            Teacher, Oak Hill School                                        2019 – 2024
            """);

        Assert.Equal(name, resume.Basics.Name);
    }

    [Fact]
    public void A_students_activities_and_leadership_are_volunteer_entries_not_jobs()
    {
        var resume = Read("""
            Priya Natarajan
            priya@example.com

            EDUCATION
            University of Wisconsin–Madison                                 Minneapolis, MN
            Bachelor of Science in Finance                                  Expected May 2027
            GPA: 3.71/4.00
            Relevant Coursework: Corporate Finance, Auditing, Business Law

            EXPERIENCE
            Blue Door Coffee                                                Minneapolis, MN
            Barista                                                         Jun 2023 – Present
            • Trained 4 new staff members on opening procedures

            LEADERSHIP & ACTIVITIES
            Model United Nations
            President                                                       Sep 2024 – Present
            • Organised weekly meetings for 60 members

            CAMPUS INVOLVEMENT
            Accounting Society
            Treasurer                                                       Sep 2023 – May 2025
            """);

        Assert.Equal(["Blue Door Coffee"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Model United Nations", "Accounting Society"], resume.Volunteer.Select(v => v.Organization));
        var education = Assert.Single(resume.Education);
        Assert.Equal("University of Wisconsin–Madison", education.Institution);
        Assert.Equal("Bachelor of Science", education.StudyType);
        Assert.Equal("Finance", education.Area);
    }

    [Fact]
    public void Student_teaching_and_research_and_teaching_sections_are_experience_and_grants_are_awards()
    {
        var resume = Read("""
            Maren Holt
            maren@example.com

            STUDENT TEACHING EXPERIENCE
            Student Teacher, Grade 4 | Maple Grove Elementary School        Jan 2025 – May 2025
            • Planned and taught daily lessons for 24 students

            RESEARCH AND TEACHING EXPERIENCE
            Teaching Assistant, University of Minnesota                     Sep 2019 – May 2021
            • Led three weekly discussion sections

            GRANTS, FELLOWSHIPS & AWARDS
            2020  Summer Research Grant, Department of Sociology
            """);

        Assert.Equal(["Maple Grove Elementary School", "University of Minnesota"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Student Teacher, Grade 4", "Teaching Assistant"], resume.Work.Select(w => w.Position));
        Assert.NotEmpty(resume.Awards);
    }

    [Fact]
    public void A_tradespersons_title_is_told_from_the_firm_and_a_high_school_diploma_names_its_school()
    {
        var resume = Read("""
            GRETA PEREIRA
            greta@example.com

            WORK HISTORY
            Journeyman Electrician — Bright Spark Electrical, Boise, ID
            03/2021 to 11/2024
            - Upgraded 40 residential services to 200 A panels

            EDUCATION & TRAINING
            Certificate in Electrical Technology, Boise Technical College, 2016
            High School Diploma, Riverbend High School, 2015
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal("Journeyman Electrician", job.Position);
        Assert.Equal("Bright Spark Electrical", job.Name);
        Assert.Equal(["Boise Technical College", "Riverbend High School"], resume.Education.Select(e => e.Institution));
        Assert.Equal("High School Diploma", resume.Education[1].StudyType);
    }

    [Fact]
    public void Interests_and_spoken_languages_in_a_skills_section_are_sections_of_their_own()
    {
        var resume = Read("""
            Helena Szabó
            helena@example.com

            SKILLS & INTERESTS
            Platforms: BigQuery, dbt
            Languages: Python, Scala
            Spoken: Hungarian, English
            Languages: Hungarian (Native), English (Fluent)
            Interests: Chess, Urban sketching

            ADDITIONAL INFORMATION
            Certifications: BLS, ACLS
            """);

        Assert.Equal(["BigQuery", "dbt", "Python", "Scala", "BLS", "ACLS"], resume.Keywords().Where(k => k is not ("Hungarian" or "English")));
        Assert.Equal(["Hungarian", "English"], resume.Languages.Select(l => l.Name));
        Assert.Equal(["Chess", "Urban sketching"], resume.Interests.Select(i => i.Name));
    }

    [Fact]
    public void A_medical_centre_is_the_employer_beside_a_rotation()
    {
        var resume = Read("""
            Noémie Marchetti
            noemie@example.com

            CLINICAL EXPERIENCE
            Emergency Department Clinical Rotation                          Jul 2025 – Sep 2025
            St. Brigid Medical Center | 120 clinical hours
            • Monitored vital signs and reported changes to the charge nurse
            Intensive Care Clinical Rotation                                Jan 2025 – Mar 2025
            Harbor View Regional Medical Center
            • Assisted with wound care, catheter insertion and IV starts
            """);

        Assert.Equal(["St. Brigid Medical Center", "Harbor View Regional Medical Center"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Emergency Department Clinical Rotation", "Intensive Care Clinical Rotation"], resume.Work.Select(w => w.Position));
    }
}
