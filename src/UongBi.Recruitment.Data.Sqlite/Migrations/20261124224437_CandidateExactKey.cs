using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UongBi.Recruitment.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CandidateExactKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExactKey",
                table: "Candidates",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExactKey",
                table: "Candidates");
        }
    }
}
