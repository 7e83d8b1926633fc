using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UongBi.Recruitment.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Candidates_Admitted_Covering",
                table: "Candidates");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Admitted_Covering",
                table: "Candidates",
                columns: new[] { "AdmittedOn", "WardId", "CellId", "Category", "Gender", "BirthDate", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_AsOf",
                table: "Candidates",
                columns: new[] { "AdmittedOn", "DroppedOn", "SourceOn", "IsDeleted", "WardId", "CellId", "LastDroppedOn", "ReinstatedOn", "SympathiserOn", "DossierOn", "VerificationOn", "CellResolutionOn", "CommitteeReviewOn", "DecisionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_ExactKey_Missing",
                table: "Candidates",
                column: "ExactKey",
                filter: "\"ExactKey\" = ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Candidates_Admitted_Covering",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_AsOf",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_ExactKey_Missing",
                table: "Candidates");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Admitted_Covering",
                table: "Candidates",
                columns: new[] { "AdmittedOn", "WardId", "CellId", "Category", "Gender", "BirthDate" });
        }
    }
}
