using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UongBi.Recruitment.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReinstatementDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastDroppedOn",
                table: "Candidates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReinstatedOn",
                table: "Candidates",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastDroppedOn",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "ReinstatedOn",
                table: "Candidates");
        }
    }
}
