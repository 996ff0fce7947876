class Point(object):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm(self):
        return self.x ** 2 + self.y ** 2

def f(xs):
    try:
        for x in xs:
            if x:
                return x
            xs[1:2] = [x]
            xs[0] += 1
    except (KeyError) as e:
        print(e)
        return -1
    except:
        raise
    p = Point(1, y=2)
    p.x //= 3
    return p.norm()
