# Ordinary program (issue 17): objects with float attributes updated by a method in a loop.
# Particles bounce in a box; prints the total energy and positions rounded to 6 decimals.

N = 100
STEPS = 80000


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x = self.x + self.vx * dt
        self.y = self.y + self.vy * dt
        if self.x < 0.0 or self.x > 100.0:
            self.vx = -self.vx
        if self.y < 0.0 or self.y > 100.0:
            self.vy = -self.vy

    def energy(self):
        return 0.5 * (self.vx * self.vx + self.vy * self.vy)


def simulate(n, steps):
    ps = []
    for i in range(n):
        ps.append(Particle(i * 1.0, i * 0.5, 1.5 + i * 0.01, -0.75 + i * 0.02))
    for s in range(steps):
        for p in ps:
            p.step(0.1)
    total = 0.0
    for p in ps:
        total += p.energy() + p.x + p.y
    return total


print("particles", N, STEPS, round(simulate(N, STEPS), 6))
