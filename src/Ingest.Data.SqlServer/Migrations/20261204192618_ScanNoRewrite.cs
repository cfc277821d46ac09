using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingest.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScanNoRewrite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NoRewrite",
                table: "Scans",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoRewrite",
                table: "Scans");
        }
    }
}
