using Microsoft.Extensions.Localization;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Infrastructure.Localization;

/// <summary>Words for the domain's codes, in the user's language.</summary>
public static class DisplayNames
{
    public static string Of(this IStringLocalizer<SharedResource> l, Stage value) => l[$"Stage_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, CellKind value) => l[$"CellKind_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, Category value) => l[$"Category_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, UnitKind value) => l[$"UnitKind_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, TargetScope value) => l[$"Scope_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, TargetStatus value) => l[$"TargetStatus_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, Gender value) => l[$"Gender_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, GeneralEducation value) => l[$"Education_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, StageChangeKind value) => l[$"Change_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, DeadlineKind value) => l[$"DeadlineKind_{value}"];

    public static string Of(this IStringLocalizer<SharedResource> l, DeadlineState value) => l[$"DeadlineState_{value}"];
}
