using Microsoft.AspNetCore.Identity;
using Pipeline.Review.Storage;

namespace Pipeline.Review.Accounts;

/// <summary>Roles of the desk: clerks review; admins also manage accounts and export corrections.</summary>
public static class ReviewRoles
{
    public const string Clerk = "clerk";
    public const string Admin = "admin";
}

public sealed record ReviewUser(string Name, string Role);

/// <summary>Local accounts; passwords hashed with ASP.NET Core Identity's PasswordHasher (PBKDF2).</summary>
public sealed class UserStore(Database db, TimeProvider clock)
{
    private readonly PasswordHasher<ReviewUser> _hasher = new();

    public void Create(string name, string password, string role)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64) throw new ArgumentException("a user name of 1 to 64 characters is required");
        if (password.Length < 8) throw new ArgumentException("the password must have at least 8 characters");
        if (role is not (ReviewRoles.Clerk or ReviewRoles.Admin)) throw new ArgumentException($"unknown role '{role}'");
        var user = new ReviewUser(name.Trim(), role);
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO users (name, hash, role, created) VALUES ($n, $h, $r, $t) ON CONFLICT(name) DO UPDATE SET hash = $h, role = $r";
        cmd.Parameters.AddWithValue("$n", user.Name);
        cmd.Parameters.AddWithValue("$h", _hasher.HashPassword(user, password));
        cmd.Parameters.AddWithValue("$r", role);
        cmd.Parameters.AddWithValue("$t", clock.GetUtcNow().ToString("O"));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The user when the password matches, else null (same answer for an unknown name).</summary>
    public ReviewUser? Verify(string name, string password)
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT hash, role FROM users WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", name.Trim());
        using var r = cmd.ExecuteReader();
        if (!r.Read()) { _hasher.HashPassword(new ReviewUser(name, ""), password); return null; } // same cost either way
        var user = new ReviewUser(name.Trim(), r.GetString(1));
        return _hasher.VerifyHashedPassword(user, r.GetString(0), password) == PasswordVerificationResult.Failed ? null : user;
    }

    public IReadOnlyList<ReviewUser> All()
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name, role FROM users ORDER BY name";
        using var r = cmd.ExecuteReader();
        var list = new List<ReviewUser>();
        while (r.Read()) list.Add(new ReviewUser(r.GetString(0), r.GetString(1)));
        return list;
    }
}
