using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ingest.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScanCreatedAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Scans_CreatedAt",
                table: "Scans",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Scans_CreatedAt",
                table: "Scans");
        }
    }
}
