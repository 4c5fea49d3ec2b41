from x import ()
