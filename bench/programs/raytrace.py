# bench: quick=24 full=200
"""Raytrace: a small Whitted-style ray tracer.

A scene of spheres over a checkered plane, two point lights with shadows,
Phong highlights and two bounces of mirror reflection. Vectors are a class
with operator overloading. sys.argv[1] is the image width and height in
pixels. Colors are quantized to 0..255 per channel; prints the per-channel
sums and a hash of the image. No pow(): highlights use repeated squaring.
"""
import math
import sys

EPSILON = 1e-9
MAX_DEPTH = 2


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        if isinstance(k, Color):
            return Color(self.r * k.r, self.g * k.g, self.b * k.b)
        return Color(self.r * k, self.g * k, self.b * k)

    def to_bytes(self):
        return tuple(min(255, max(0, int(c * 255.0))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
SKY = Color(0.5, 0.7, 1.0)


class Material:
    def __init__(self, color, diffuse, specular, shininess_squarings, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.squarings = shininess_squarings
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return Color(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius2 = radius * radius
        self.material = material

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, origin, direction):
        denom = direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self, objects, lights, eye, target):
        self.objects = objects
        self.lights = lights
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(Vec(0.0, 1.0, 0.0)).normalized()
        self.up = self.right.cross(self.forward)

    def nearest(self, origin, direction):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(origin, direction)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        for obj in self.objects:
            t = obj.intersect(point, to_light)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            return SKY * (0.5 + 0.5 * direction.y)
        point = origin + direction * t
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.color_at(point)
        color = base * 0.1
        for light_pos, light_color in self.lights:
            offset = light_pos - point
            distance = offset.length()
            to_light = offset * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, distance):
                continue
            color = color + base * light_color * (mat.diffuse * lambert)
            highlight = to_light.reflect(normal).dot(direction)
            if highlight > 0.0:
                for _ in range(mat.squarings):
                    highlight *= highlight
                color = color + light_color * (mat.specular * highlight)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            bounce = direction.reflect(normal)
            color = color + self.trace(point, bounce, depth + 1) * mat.reflect
        return color

    def render(self, width, height):
        rows = []
        for py in range(height):
            v = 1.0 - 2.0 * (py + 0.5) / height
            row = []
            for px in range(width):
                u = 2.0 * (px + 0.5) / width - 1.0
                direction = (self.forward + self.right * u + self.up * v).normalized()
                row.append(self.trace(self.eye, direction, 0).to_bytes())
            rows.append(row)
        return rows


def make_scene():
    shiny = Material(Color(0.9, 0.2, 0.2), 0.7, 0.6, 5, 0.3)
    matte = Material(Color(0.2, 0.8, 0.3), 0.9, 0.1, 2, 0.0)
    mirror = Material(Color(0.8, 0.8, 0.9), 0.3, 0.9, 6, 0.7)
    floor = Checker(Color(0.9, 0.9, 0.9), 0.8, 0.0, 1, 0.2)
    objects = [
        Sphere(Vec(0.0, 1.0, 0.0), 1.0, shiny),
        Sphere(Vec(-2.2, 0.7, 1.0), 0.7, matte),
        Sphere(Vec(2.0, 1.2, -1.5), 1.2, mirror),
        Sphere(Vec(0.8, 0.35, 2.0), 0.35, matte),
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor),
    ]
    lights = [
        (Vec(-5.0, 8.0, 5.0), Color(0.8, 0.8, 0.8)),
        (Vec(6.0, 5.0, 4.0), Color(0.4, 0.35, 0.3)),
    ]
    return Scene(objects, lights, Vec(0.0, 2.5, 7.0), Vec(0.0, 0.8, 0.0))


def main():
    size = int(sys.argv[1])
    image = make_scene().render(size, size)
    sums = [0, 0, 0]
    digest = 0
    for row in image:
        for pixel in row:
            for i, c in enumerate(pixel):
                sums[i] += c
                digest = (digest * 257 + c) % 4294967291
    print("sums %d %d %d" % tuple(sums))
    print("digest %d" % digest)


main()
